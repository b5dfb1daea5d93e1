#pragma once

#include "sim/SimHttp.h"

#include <QByteArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>

#include <optional>
#include <vector>

namespace infiniti::sim {

// Faults injected into answers, for tests and demonstrations. Set from flags or at run time
// through the emulator's control endpoint (/__sim/faults — not part of the Infiniti API).
class SimFaults
{
public:
    enum class Kind { Status, Reset, Truncate, MalformedJson };
    struct Rule
    {
        QByteArray method;       // empty: any
        QRegularExpression path; // searched in "/api/v1/...?query" (encoded)
        Kind kind = Kind::Status;
        int status = 500;
        int delayMs = 0;
        int remaining = -1;  // -1: for ever
        int retryAfter = -1; // adds Retry-After when >= 0
        int passFirst = 0;   // matching requests let through before it applies ("after")
    };

    int latencyMs = 0;
    double failRate = 0.0; // share of API requests answered 503 (deterministic sequence)

    // The rule that applies to this request, consuming one of its uses.
    std::optional<Rule> take(const QByteArray &method, const QString &path);
    void add(Rule rule) { m_rules.push_back(std::move(rule)); }
    void clear() { m_rules.clear(); }
    bool hasRules() const { return !m_rules.empty(); }
    QJsonObject toJson() const;
    // {"method","path" (regular expression),"kind","status","delayMs","count","retryAfter",
    //  "after"}
    static std::optional<Rule> ruleFromJson(const QJsonObject &o, QString *error);
    // "METHOD REGEX STATUS[xCOUNT]", e.g. "GET /users\\? 500x2" or "* /users 429"
    static std::optional<Rule> ruleFromText(const QString &text, QString *error);
    // Whether this request falls in the fail-rate share.
    bool rollFailure();
    // /__sim/faults: GET the rules, DELETE them, POST a rule or {"latencyMs"}. A body it cannot
    // use is refused with 400 saying why, never half applied.
    SimResponse control(const QByteArray &method, const QByteArray &body);

private:
    std::vector<Rule> m_rules;
    quint32 m_rollState = 12345;
};

} // namespace infiniti::sim
