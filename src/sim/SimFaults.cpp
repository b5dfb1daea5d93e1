#include "sim/SimFaults.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace infiniti::sim {

namespace {
const char *const kKindNames[] = {"status", "reset", "truncate", "malformed-json"};
const QStringList kRuleKeys = {QStringLiteral("method"),     QStringLiteral("path"),
                               QStringLiteral("kind"),       QStringLiteral("status"),
                               QStringLiteral("delayMs"),    QStringLiteral("count"),
                               QStringLiteral("retryAfter"), QStringLiteral("after")};

// A whole number within [low, high] (JSON numbers are doubles).
bool wholeNumber(const QJsonValue &v, double low, double high)
{
    return v.isDouble() && std::floor(v.toDouble()) == v.toDouble() && v.toDouble() >= low &&
           v.toDouble() <= high;
}
} // namespace

std::optional<SimFaults::Rule> SimFaults::take(const QByteArray &method, const QString &path)
{
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        if (!it->method.isEmpty() && it->method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!it->path.match(path).hasMatch())
            continue;
        if (it->passFirst > 0) {
            --it->passFirst; // not yet, as asked: this rule applies from a later request
            continue;
        }
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
                                 {"retryAfter"_L1, r.retryAfter},
                                 {"after"_L1, r.passFirst}});
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
        if (error)
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

namespace {

// Why a rule's JSON cannot be used (empty when it can): every key known, each of its type.
QString ruleProblem(const QJsonObject &o)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!kRuleKeys.contains(it.key()))
            return u"unknown key '%1'; a rule has %2"_s.arg(it.key(), kRuleKeys.join(u", "_s));
    }
    const auto absentOr = [&o](const char *key,
                               const std::function<bool(const QJsonValue &)> &fits) {
        const QJsonValue v = o.value(QLatin1StringView(key));
        return v.isUndefined() || fits(v);
    };
    const struct
    {
        const char *key;
        bool ok;
        const char *why;
    } checks[] = {
        {"method", absentOr("method", [](const QJsonValue &v) { return v.isString(); }),
         "a string (empty: any)"},
        {"path", o.value("path"_L1).isString(), "a regular expression (a string)"},
        {"kind", absentOr("kind", [](const QJsonValue &v) { return v.isString(); }), "a string"},
        {"status", absentOr("status", [](const QJsonValue &v) { return wholeNumber(v, 100, 599); }),
         "an HTTP status code"},
        {"delayMs",
         absentOr("delayMs", [](const QJsonValue &v) { return wholeNumber(v, 0, 3600000); }),
         "a whole number of milliseconds"},
        {"count", absentOr("count", [](const QJsonValue &v) { return wholeNumber(v, 1, 1e9); }),
         "a whole number of at least 1 (absent: for ever)"},
        {"retryAfter",
         absentOr("retryAfter", [](const QJsonValue &v) { return wholeNumber(v, 0, 86400); }),
         "a whole number of seconds"},
        {"after", absentOr("after", [](const QJsonValue &v) { return wholeNumber(v, 0, 1e9); }),
         "a whole number of matching requests to let through first"},
    };
    for (const auto &c : checks) {
        if (!c.ok)
            return QLatin1StringView(c.key) + u" must be "_s + QLatin1StringView(c.why);
    }
    return {};
}

} // namespace

std::optional<SimFaults::Rule> SimFaults::ruleFromJson(const QJsonObject &o, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (const QString problem = ruleProblem(o); !problem.isEmpty())
        return fail(problem);
    Rule r;
    r.method = o.value("method"_L1).toString().toLatin1().toUpper();
    r.path = QRegularExpression(o.value("path"_L1).toString(),
                                QRegularExpression::CaseInsensitiveOption);
    if (!r.path.isValid())
        return fail(u"path is not a valid regular expression: %1"_s.arg(r.path.errorString()));
    const QString kind = o.value("kind"_L1).toString(u"status"_s);
    const auto *known =
        std::find_if(std::begin(kKindNames), std::end(kKindNames),
                     [&kind](const char *name) { return kind == QLatin1StringView(name); });
    if (known == std::end(kKindNames))
        return fail(u"kind must be one of status, reset, truncate, malformed-json"_s);
    r.kind = Kind(known - std::begin(kKindNames));
    r.status = o.value("status"_L1).toInt(500);
    r.delayMs = o.value("delayMs"_L1).toInt(0);
    r.remaining = o.value("count"_L1).toInt(-1);
    r.retryAfter = o.value("retryAfter"_L1).toInt(-1);
    r.passFirst = o.value("after"_L1).toInt(0);
    return r;
}

SimResponse SimFaults::control(const QByteArray &method, const QByteArray &body)
{
    if (method == "GET")
        return SimResponse::json(200, toJson());
    if (method == "DELETE") {
        clear();
        return SimResponse::noContent();
    }
    if (method != "POST") {
        SimResponse r = SimResponse::error(405, u"Use GET, POST or DELETE."_s);
        r.addHeader("Allow", "GET, POST, DELETE");
        return r;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return SimResponse::error(
            400,
            u"The body must be a JSON object: a rule {\"path\": …} or {\"latencyMs\": …}%1."_s.arg(
                pe.error != QJsonParseError::NoError
                    ? u" (%1 at offset %2)"_s.arg(pe.errorString()).arg(pe.offset)
                    : QString()));
    QJsonObject o = doc.object();
    const QJsonValue latency = o.take("latencyMs"_L1);
    if (!latency.isUndefined() && !wholeNumber(latency, 0, 600000))
        return SimResponse::error(400, u"latencyMs must be a whole number of milliseconds."_s,
                                  {{u"latencyMs"_s, {u"0 to 600000."_s}}});
    if (o.isEmpty() && latency.isUndefined())
        return SimResponse::error(
            400,
            u"Nothing to do: give a rule (path, and method, kind, status, delayMs, count, retryAfter) or latencyMs."_s);
    std::optional<Rule> rule;
    if (!o.isEmpty()) {
        QString error;
        rule = ruleFromJson(o, &error);
        if (!rule)
            return SimResponse::error(400, u"The rule cannot be used: %1."_s.arg(error));
    }
    if (!latency.isUndefined())
        latencyMs = latency.toInt();
    if (!rule)
        return SimResponse::json(200, toJson());
    add(std::move(*rule));
    return SimResponse::json(201, toJson());
}

} // namespace infiniti::sim
