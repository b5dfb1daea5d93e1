#pragma once

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace infiniti {

// The smallest valid Word document (WordprocessingML in a ZIP), and its text back: what the
// emulator generates and what the tests compare.
namespace Docx {

// One paragraph per string.
QByteArray build(const QStringList &paragraphs);
// The paragraphs' text; nullopt when the bytes are not a readable .docx.
std::optional<QStringList> paragraphs(const QByteArray &docx);

} // namespace Docx

} // namespace infiniti
