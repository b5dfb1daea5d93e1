#include "models/CompactRows.h"

#include "formats/Json.h"

#include <QJsonArray>

namespace infiniti {

namespace {
constexpr char kCompactFieldSeparator = '\x1f';
constexpr char kCompactListSeparator = '\x1e';

// The separators never come from the server's text: a control character there reads as a space.
QByteArray compactText(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    for (char &c : utf8) {
        if (c == kCompactFieldSeparator || c == kCompactListSeparator)
            c = ' ';
    }
    return utf8;
}
} // namespace

CompactRows::CompactRows(QList<CompactField> fields)
    : m_fields(std::move(fields))
{
    for (int i = 0; i < m_fields.size() && m_idField < 0; ++i) {
        if (m_fields.at(i).kind == CompactField::Kind::Id)
            m_idField = i;
    }
}

QByteArray CompactRows::encode(const QJsonObject &item) const
{
    QByteArray row;
    row.reserve(128);
    row += '\x02'; // a marker: a row read is never empty, whatever its fields hold
    for (const CompactField &f : m_fields) {
        row += kCompactFieldSeparator;
        switch (f.kind) {
        case CompactField::Kind::Id:
            row += compactText(Json::idOf(item));
            break;
        case CompactField::Kind::Text:
            row += compactText(Json::string(item, f.key));
            break;
        case CompactField::Kind::Flag:
            if (Json::boolean(item, f.key))
                row += '1';
            break;
        case CompactField::Kind::List: {
            const QStringList values = Json::stringList(item, f.key);
            for (int i = 0; i < values.size(); ++i) {
                if (i > 0)
                    row += kCompactListSeparator;
                row += compactText(values.at(i));
            }
            break;
        }
        }
    }
    row.squeeze();
    return row;
}

QJsonObject CompactRows::decode(const QByteArray &row) const
{
    QJsonObject o;
    if (row.isEmpty())
        return o;
    qsizetype start = 2; // after the marker and the first separator
    for (const CompactField &f : m_fields) {
        qsizetype end = row.indexOf(kCompactFieldSeparator, start);
        if (end < 0)
            end = row.size();
        const QByteArrayView value(row.constData() + qMin(start, row.size()),
                                   qMax<qsizetype>(0, end - start));
        start = end + 1;
        switch (f.kind) {
        case CompactField::Kind::Id:
        case CompactField::Kind::Text:
            o.insert(f.key, QString::fromUtf8(value));
            break;
        case CompactField::Kind::Flag:
            o.insert(f.key, value == "1");
            break;
        case CompactField::Kind::List: {
            QJsonArray list;
            qsizetype from = 0;
            while (from < value.size()) {
                qsizetype to = value.indexOf(kCompactListSeparator, from);
                if (to < 0)
                    to = value.size();
                list.append(QString::fromUtf8(value.sliced(from, to - from)));
                from = to + 1;
            }
            o.insert(f.key, list);
            break;
        }
        }
    }
    return o;
}

QString CompactRows::id(const QByteArray &row) const
{
    if (row.isEmpty() || m_idField < 0)
        return {};
    qsizetype start = 1;
    for (int i = 0; i <= m_idField; ++i) {
        start = row.indexOf(kCompactFieldSeparator, start);
        if (start < 0)
            return {};
        ++start;
    }
    qsizetype end = row.indexOf(kCompactFieldSeparator, start);
    if (end < 0)
        end = row.size();
    return QString::fromUtf8(row.constData() + start, end - start);
}

} // namespace infiniti
