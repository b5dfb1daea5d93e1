#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

#include <functional>

namespace infiniti {

// A JSON object whose one large member is a file as a Base64 string (a library item's
// `binary`, contract 4.5), read as it arrives: that member's Base64 is decoded on the way to
// `sink` in blocks, the rest of the object is kept (the member's value as "") and checked as
// QJsonDocument checks it once the answer is complete. Memory does not grow with the file.
// The member is found by its key in any casing, at the top level only; Base64 is the standard
// alphabet, padding optional, line breaks (also as \n, \r escapes) and "\/" allowed — anything
// else fails instead of being skipped.
class Base64MemberStream
{
public:
    // Gets the decoded bytes in order; false stops the stream (problem() is then `sinkProblem`).
    using Sink = std::function<bool(QByteArrayView decoded)>;
    Base64MemberStream(QLatin1StringView key, Sink sink);

    // The next bytes of the answer; false (with problem()) when they cannot be part of one.
    bool feed(QByteArrayView bytes);
    // The answer is complete: true when it was a JSON object holding the member as a string of
    // valid Base64 (every decoded byte then went to the sink).
    bool finish();
    // The object without the file (its member ""), after finish().
    const QJsonObject &rest() const { return m_rest; }
    qint64 decodedSize() const { return m_decoded; }
    QString problem() const { return m_problem; }
    // Bounds what is kept besides the file (default 16 MiB).
    void setRestLimit(qsizetype bytes) { m_restLimit = bytes; }

private:
    bool fail(const QString &problem);
    bool base64Char(char c);
    bool flushOut();
    bool feedMember(const char *&p, const char *end);
    const char *decodeGroups(const char *p, const char *end);

    QLatin1StringView m_key;
    Sink m_sink;
    QByteArray m_skeleton; // every byte but the member's value
    QByteArray m_out;      // decoded, not yet passed on
    QByteArray m_keyText;  // the key being read (at the top level)
    QByteArray m_unicode;  // a \u escape's hex digits inside the member
    QJsonObject m_rest;
    QString m_problem;
    qsizetype m_restLimit = 16 * 1024 * 1024;
    qint64 m_decoded = 0;
    int m_depth = 0;
    quint32 m_quad = 0; // sextets of the current group of four
    int m_sextets = 0;  // how many are in m_quad
    int m_padding = 0;  // '=' seen (then only '=' and line breaks may follow)
    bool m_inString = false;
    bool m_escape = false;
    bool m_readingKey = false;
    bool m_keyMatches = false; // the last top-level key was the member's
    bool m_valueNext = false;  // after a top-level ':'
    bool m_inMember = false;   // inside the member's string
    bool m_found = false;
    bool m_failed = false;
};

} // namespace infiniti
