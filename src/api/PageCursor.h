#pragma once

#include "api/ApiRequest.h"
#include "api/Profile.h"

namespace infiniti {

// Walks a paged list (contract 9.1): always sends $skip/$top; stops on a missing @nextLink,
// a short page or an empty one; follows @nextLink only on the profile's own origins and
// otherwise continues with $skip arithmetic, so the token never leaves them.
class PageCursor
{
public:
    PageCursor(ApiRequest first, int pageSize);

    ApiRequest current() const { return m_current; }
    bool atEnd() const { return m_atEnd; }
    int skip() const { return m_skip; }
    int pageSize() const { return m_pageSize; }
    // Records an answered page and prepares the request for the next one.
    void advance(int received, const QUrl &nextLink, const Profile &profile);
    // Items were created (+) or deleted (-) among those already read: the next page starts
    // that much further or earlier, by $skip arithmetic.
    void shift(int delta);

private:
    ApiRequest m_current;
    int m_pageSize;
    int m_skip = 0;
    bool m_atEnd = false;
};

} // namespace infiniti
