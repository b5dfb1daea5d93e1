#pragma once

#include "sim/SimHttp.h"

#include <QJsonValue>
#include <QSet>

namespace infiniti::sim {

// The strict vendor profile (contract 9.1a, docs/EMULATOR.md): what the documented server
// answers and nothing more. The handlers leave out our extensions themselves (SimRequest::strict,
// SimRouter::Origin); this is what happens to every answer on its way out.
namespace StrictProfile {

// PascalCase keys (except where the vendor documents others: the keys its samples read from
// operations, generated output and forms, and the whole sync package), no body for a create
// (201, or 202 for a generation: the Location says where), 204 without a body for a PATCH and
// for a POST whose answer the vendor does not document.
void shapeAnswer(const SimRequest &request, SimResponse &response);

// Every key with its first letter upper case, nested too, except those in `keep`; the contents
// of a customFields object are field names, not keys of the API, and stay as they are.
QJsonValue pascalCased(const QJsonValue &value, const QSet<QString> &keep = {});

// Whether every byte of a raw path segment outside [A-Za-z0-9] is percent-encoded, as IIS
// wants a username in users/name/ (contract 9.1).
bool fullyEncoded(QByteArrayView rawSegment);

} // namespace StrictProfile

} // namespace infiniti::sim
