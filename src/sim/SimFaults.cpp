#include "sim/SimFaults.h"

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

bool SimFaults::rollFailure()
{
    if (failRate <= 0)
        return false;
    m_rollState = m_rollState * 1664525u + 1013904223u; // the same sequence every run
    return double(m_rollState >> 8) / double(1u << 24) < failRate;
}

std::optional<SimFaults::Rule> SimFaults::ruleFromText(const QString &text, QString *error)
{
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 3) {
        *error = QStringLiteral("a fault is \"METHOD REGEX STATUS[xCOUNT]\", not \"%1\"").arg(text);
        return std::nullopt;
    }
    QJsonObject o{{QLatin1StringView("method"), parts.at(0) == QLatin1StringView("*") ? QString() : parts.at(0)},
                  {QLatin1StringView("path"), parts.at(1)}};
    const QStringList status = parts.at(2).split(QLatin1Char('x'));
    o.insert(QLatin1StringView("status"), status.at(0).toInt());
    if (status.size() > 1)
        o.insert(QLatin1StringView("count"), status.at(1).toInt());
    if (status.at(0).toInt() == 429)
        o.insert(QLatin1StringView("retryAfter"), 1);
    return ruleFromJson(o, error);
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
