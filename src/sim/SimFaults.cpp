#include "sim/SimFaults.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

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
        rules.append(QJsonObject{{"method"_L1, QString::fromLatin1(r.method)},
                                 {"path"_L1, r.path.pattern()},
                                 {"kind"_L1, QLatin1StringView(kKindNames[int(r.kind)])},
                                 {"status"_L1, r.status},
                                 {"delayMs"_L1, r.delayMs},
                                 {"count"_L1, r.remaining},
                                 {"retryAfter"_L1, r.retryAfter}});
    }
    return {{"latencyMs"_L1, latencyMs}, {"rules"_L1, rules}};
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
        *error = u"a fault is \"METHOD REGEX STATUS[xCOUNT]\", not \"%1\""_s.arg(text);
        return std::nullopt;
    }
    QJsonObject o{{"method"_L1, parts.at(0) == "*"_L1 ? QString() : parts.at(0)},
                  {"path"_L1, parts.at(1)}};
    const QStringList status = parts.at(2).split(QLatin1Char('x'));
    o.insert("status"_L1, status.at(0).toInt());
    if (status.size() > 1)
        o.insert("count"_L1, status.at(1).toInt());
    if (status.at(0).toInt() == 429)
        o.insert("retryAfter"_L1, 1);
    return ruleFromJson(o, error);
}

std::optional<SimFaults::Rule> SimFaults::ruleFromJson(const QJsonObject &o, QString *error)
{
    Rule r;
    r.method = o.value("method"_L1).toString().toLatin1().toUpper();
    r.path = QRegularExpression(o.value("path"_L1).toString(), QRegularExpression::CaseInsensitiveOption);
    if (!r.path.isValid()) {
        *error = u"path is not a valid regular expression: %1"_s.arg(r.path.errorString());
        return std::nullopt;
    }
    const QString kind = o.value("kind"_L1).toString(u"status"_s);
    bool known = false;
    for (int i = 0; i < 4; ++i) {
        if (kind == QLatin1StringView(kKindNames[i])) {
            r.kind = Kind(i);
            known = true;
        }
    }
    if (!known) {
        *error = u"kind must be one of status, reset, truncate, malformed-json"_s;
        return std::nullopt;
    }
    r.status = o.value("status"_L1).toInt(500);
    if (r.status < 100 || r.status > 599) {
        *error = u"status must be an HTTP status code"_s;
        return std::nullopt;
    }
    r.delayMs = qMax(0, o.value("delayMs"_L1).toInt(0));
    r.remaining = o.value("count"_L1).toInt(-1);
    if (r.remaining == 0)
        r.remaining = -1;
    r.retryAfter = o.value("retryAfter"_L1).toInt(-1);
    return r;
}

} // namespace infiniti::sim
