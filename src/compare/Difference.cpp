#include "compare/Difference.h"

#include "formats/Csv.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace infiniti::compare {

namespace {
QJsonArray aspectNames(Aspects aspects)
{
    static const std::pair<Aspect, const char *> names[] = {
        {Aspect::Renamed, "renamed"},
        {Aspect::Moved, "moved"},
        {Aspect::NewerHere, "newerHere"},
        {Aspect::NewerThere, "newerThere"},
        {Aspect::ContentDiffers, "contentDiffers"},
        {Aspect::OtherId, "otherId"},
    };
    QJsonArray out;
    for (const auto &[aspect, name] : names) {
        if (aspects.testFlag(aspect))
            out.append(QString::fromLatin1(name));
    }
    return out;
}
} // namespace

QString changeId(Change change)
{
    switch (change) {
    case Change::Added:
        return u"added"_s;
    case Change::Removed:
        return u"removed"_s;
    case Change::Changed:
        return u"changed"_s;
    }
    return {};
}

QString changeTitle(Change change)
{
    switch (change) {
    case Change::Added:
        return QCoreApplication::translate("infiniti::compare", "Only here");
    case Change::Removed:
        return QCoreApplication::translate("infiniti::compare", "Only there");
    case Change::Changed:
        return QCoreApplication::translate("infiniti::compare", "Changed");
    }
    return {};
}

QJsonArray differencesToJson(const QList<Difference> &differences)
{
    QJsonArray out;
    for (const Difference &d : differences) {
        QJsonArray fields;
        for (const FieldChange &f : d.fieldChanges)
            fields.append(QJsonObject{{"field"_L1, f.field},
                                      {"source"_L1, f.source},
                                      {"target"_L1, f.target},
                                      {"masked"_L1, f.masked}});
        out.append(QJsonObject{{"part"_L1, partId(d.part)},
                               {"key"_L1, d.key},
                               {"name"_L1, d.name},
                               {"change"_L1, changeId(d.change)},
                               {"aspects"_L1, aspectNames(d.aspects)},
                               {"sourceId"_L1, d.sourceId},
                               {"targetId"_L1, d.targetId},
                               {"summary"_L1, d.summary},
                               {"fields"_L1, fields}});
    }
    return out;
}

QByteArray differencesToCsv(const QList<Difference> &differences)
{
    QByteArray out = Csv::record({u"part"_s, u"name"_s, u"change"_s, u"summary"_s, u"fields"_s});
    for (const Difference &d : differences) {
        QStringList fields;
        for (const FieldChange &f : d.fieldChanges)
            fields << f.field;
        out +=
            Csv::record({partId(d.part), d.name, changeId(d.change), d.summary, fields.join(u';')});
    }
    return out;
}

} // namespace infiniti::compare
