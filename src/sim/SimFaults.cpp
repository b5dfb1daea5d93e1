#include "SimFaults.h"

#include <QJsonArray>

namespace infiniti::sim {

namespace {
const char *const kKindNames[] = {"status", "reset", "truncate", "malformed-json"};
}

std::optional<SimFaults::Rule> SimFaults::take(const QByteArray &method, const QString &path)
{
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        if (!it->method.isEmpty() && it->method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!it->path.match(path).hasMatch())
            continue;
        Rule rule = *it;
        if (it->remaining > 0 && --it->remaining == 0)
            m_rules.erase(it);
        return rule;
    }
    return std::nullopt;
}

QJsonObject SimFaults::toJson() const
{
    QJsonArray rules;
    for (const auto &r : m_rules) {
        rules.append(QJsonObject{{QLatin1StringView("method"), QString::fromLatin1(r.method)},
                                 {QLatin1StringView("path"), r.path.pattern()},
                                 {QLatin1StringView("kind"), QLatin1StringView(kKindNames[int(r.kind)])},
                                 {QLatin1StringView("status"), r.status},
                                 {QLatin1StringView("delayMs"), r.delayMs},
                                 {QLatin1StringView("count"), r.remaining},
                                 {QLatin1StringView("retryAfter"), r.retryAfter}});
    }
    return {{QLatin1StringView("latencyMs"), latencyMs}, {QLatin1StringView("rules"), rules}};
}

std::optional<SimFaults::Rule> SimFaults::ruleFromJson(const QJsonObject &o, QString *error)
{
    Rule r;
    r.method = o.value(QLatin1StringView("method")).toString().toLatin1().toUpper();
    r.path = QRegularExpression(o.value(QLatin1StringView("path")).toString(), QRegularExpression::CaseInsensitiveOption);
    if (!r.path.isValid()) {
        *error = QStringLiteral("path is not a valid regular expression: %1").arg(r.path.errorString());
        return std::nullopt;
    }
    const QString kind = o.value(QLatin1StringView("kind")).toString(QStringLiteral("status"));
    bool known = false;
    for (int i = 0; i < 4; ++i) {
        if (kind == QLatin1StringView(kKindNames[i])) {
            r.kind = Kind(i);
            known = true;
        }
    }
    if (!known) {
        *error = QStringLiteral("kind must be one of status, reset, truncate, malformed-json");
        return std::nullopt;
    }
    r.status = o.value(QLatin1StringView("status")).toInt(500);
    if (r.status < 100 || r.status > 599) {
        *error = QStringLiteral("status must be an HTTP status code");
        return std::nullopt;
    }
    r.delayMs = qMax(0, o.value(QLatin1StringView("delayMs")).toInt(0));
    r.remaining = o.value(QLatin1StringView("count")).toInt(-1);
    if (r.remaining == 0)
        r.remaining = -1;
    r.retryAfter = o.value(QLatin1StringView("retryAfter")).toInt(-1);
    return r;
}

} // namespace infiniti::sim
