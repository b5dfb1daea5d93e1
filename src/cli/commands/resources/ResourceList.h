#pragma once

#include "api/PageCursor.h"
#include "cli/core/Command.h"
#include "cli/core/TableWriter.h"

#include <memory>

namespace infiniti::ctl {

struct CtlResource;

// `<resource> list`: every item, page after page (PageCursor), printed as each page arrives —
// a text line per item (the count on stderr), CSV with a header, or a JSON array. Stops at
// the first page that fails, or as soon as the output cannot be written.
class ResourceList : public Command
{
    Q_OBJECT
public:
    ResourceList(const CommandContext &context, const CtlResource &resource);
    void run() override;

private:
    void fetchPage();
    void closeJsonArray();

    const CtlResource &m_resource;
    std::unique_ptr<PageCursor> m_cursor;
    TableWriter m_csv;
    int m_count = 0;
};

} // namespace infiniti::ctl
