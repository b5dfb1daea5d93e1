#pragma once

#include <QRegularExpression>
#include <QTest>

namespace infiniti::test {

// Call in init(): the test function fails on Qt's warning that a QNetworkReply was given a
// second error ("QNetworkReplyImplPrivate::error: Internal problem, this method must only be
// called once."; QNetworkReplyHttpImpl says it too). It means a reply was aborted while an error
// for the answer it had already read was on its way (ApiJob::letGo).
inline void failOnSecondReplyError()
{
    QTest::failOnWarning(QRegularExpression(
        QStringLiteral("QNetworkReplyImplPrivate::error: Internal problem, this method must only "
                       "be called once")));
}

} // namespace infiniti::test
