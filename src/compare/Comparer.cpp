#include "compare/Comparer.h"

#include "compare/Records.h"
#include "compare/ServerSnapshot.h"
#include "compare/Wording.h"
#include "formats/Json.h"

#include <QDateTime>
#include <QMultiHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace infiniti::compare {

namespace {

// The fields of two records that differ, by walking both sorted lists once.
QList<FieldDelta> deltasOf(const Record &a, const Record &b,
                           const std::array<QHash<QString, QString>, kPartCount> &pairs)
{
    QList<FieldDelta> out;
    qsizetype i = 0, j = 0;
    while (i < a.fields.size() || j < b.fields.size()) {
        const Field *fa = i < a.fields.size() ? &a.fields.at(i) : nullptr;
        const Field *fb = j < b.fields.size() ? &b.fields.at(j) : nullptr;
        if (fa && fb && fa->key == fb->key) {
            if (!fa->value.sameAs(fb->value, &pairs))
                out.append({fa->key, fa->name, &fa->value, &fb->value});
            ++i;
            ++j;
        } else if (fa && (!fb || fa->key < fb->key)) {
            out.append({fa->key, fa->name, &fa->value, nullptr});
            ++i;
        } else {
            out.append({fb->key, fb->name, nullptr, &fb->value});
            ++j;
        }
    }
    return out;
}

// < 0 when a is older than b; 0 when it cannot be told.
int whichIsNewer(const Record &a, const Record &b)
{
    const QDateTime ta = QDateTime::fromString(a.modified, Qt::ISODateWithMs);
    const QDateTime tb = QDateTime::fromString(b.modified, Qt::ISODateWithMs);
    if (ta.isValid() && tb.isValid() && ta != tb)
        return ta < tb ? -1 : 1;
    const auto parts = [](const QString &v) {
        return std::pair{v.section(QLatin1Char('.'), 0, 0).toInt(),
                         v.section(QLatin1Char('.'), 1, 1).toInt()};
    };
    if (a.version.isEmpty() || b.version.isEmpty() || parts(a.version) == parts(b.version))
        return 0;
    return parts(a.version) < parts(b.version) ? -1 : 1;
}

FieldChange fieldChange(const FieldDelta &d)
{
    const bool masked = (d.source && d.source->kind == FieldValue::Kind::Secret) ||
                        (d.target && d.target->kind == FieldValue::Kind::Secret);
    return {d.name, d.source ? d.source->display() : QString(),
            d.target ? d.target->display() : QString(), masked};
}

Difference changed(Part part, const Record &s, const Record &t, const QList<FieldDelta> &deltas,
                   bool pairedById)
{
    Difference d;
    d.part = part;
    d.key = partId(part) + QLatin1Char(':') + s.matchKey;
    d.name = s.name;
    d.change = Change::Changed;
    d.sourceId = s.id;
    d.targetId = t.id;
    for (const FieldDelta &f : deltas) {
        d.fieldChanges << fieldChange(f);
        if (f.key == "name"_L1 && pairedById)
            d.aspects |= Aspect::Renamed;
        if (f.key == "folder"_L1 || (part == Part::LibraryItems && f.key == "foldername"_L1))
            d.aspects |= Aspect::Moved;
        if ((part == Part::Projects && f.key == "content"_L1) ||
            (part == Part::LibraryItems && f.key == "file"_L1)) {
            d.aspects |= Aspect::ContentDiffers;
            if (const int newer = whichIsNewer(s, t); newer != 0)
                d.aspects |= newer > 0 ? Aspect::NewerHere : Aspect::NewerThere;
        }
    }
    if (!pairedById && matchingOf(part) == Matching::ByIdThenName && !s.id.isEmpty() &&
        !t.id.isEmpty())
        d.aspects |= Aspect::OtherId;
    d.summary = Wording::changed(part, s, t, deltas);
    return d;
}

Difference alone(Part part, const Record &r, bool onSource)
{
    Difference d;
    d.part = part;
    d.key = partId(part) + QLatin1Char(':') + r.matchKey;
    d.name = r.name;
    d.change = onSource ? Change::Added : Change::Removed;
    (onSource ? d.sourceId : d.targetId) = r.id;
    d.summary = onSource ? Wording::added(part, r) : Wording::removed(part, r);
    return d;
}

// Pairs the objects of a part, records the pairs, and (when `report`) their differences. A part
// only needed to resolve references is paired without reporting.
void comparePart(Part part, const ServerSnapshot &source, const ServerSnapshot &target,
                 CompareResult &result, bool report)
{
    const RecordBuilder hereBuilder(part, source);
    const RecordBuilder thereBuilder(part, target);
    QList<Record> here, there; // heads only: the fields come one pair at a time below
    here.reserve(hereBuilder.size());
    there.reserve(thereBuilder.size());
    for (int i = 0; i < hereBuilder.size(); ++i)
        here << hereBuilder.head(i);
    for (int j = 0; j < thereBuilder.size(); ++j)
        there << thereBuilder.head(j);
    std::vector<int> pairOf(size_t(here.size()), -1);
    std::vector<bool> taken(size_t(there.size()), false);
    std::vector<bool> byId(size_t(here.size()), false);

    if (matchingOf(part) == Matching::ByIdThenName) {
        QHash<QString, int> thereById;
        thereById.reserve(there.size());
        for (int j = 0; j < there.size(); ++j) {
            if (!there.at(j).id.isEmpty())
                thereById.insert(there.at(j).id.toLower(), j);
        }
        for (int i = 0; i < here.size(); ++i) {
            const int j =
                here.at(i).id.isEmpty() ? -1 : thereById.value(here.at(i).id.toLower(), -1);
            if (j >= 0 && !taken[size_t(j)]) {
                pairOf[size_t(i)] = j;
                taken[size_t(j)] = true;
                byId[size_t(i)] = true;
            }
        }
    }
    QMultiHash<QString, int> thereByName;
    thereByName.reserve(there.size());
    for (int j = int(there.size()) - 1; j >= 0;
         --j) { // inserted last first: values() is newest first
        if (!taken[size_t(j)])
            thereByName.insert(there.at(j).matchKey, j);
    }
    for (int i = 0; i < here.size(); ++i) {
        if (pairOf[size_t(i)] >= 0)
            continue;
        auto it = thereByName.find(here.at(i).matchKey);
        while (it != thereByName.end() && it.key() == here.at(i).matchKey &&
               taken[size_t(it.value())])
            ++it;
        if (it != thereByName.end() && it.key() == here.at(i).matchKey) {
            pairOf[size_t(i)] = it.value();
            taken[size_t(it.value())] = true;
        }
    }

    // Pairs first: a folder's parent is a folder of the same part.
    auto &ids = result.targetIds[size_t(part)];
    for (int i = 0; i < here.size(); ++i) {
        if (const int j = pairOf[size_t(i)]; j >= 0 && !here.at(i).id.isEmpty())
            ids.insert(here.at(i).id.toLower(), there.at(j).id);
    }
    if (!report)
        return;
    result.sourceObjects += int(here.size());
    result.targetObjects += int(there.size());
    for (int i = 0; i < here.size(); ++i) {
        const int j = pairOf[size_t(i)];
        if (j < 0) {
            result.differences << alone(part, here.at(i), true);
            continue;
        }
        Record s = here.at(i);
        Record t = there.at(j);
        hereBuilder.addFields(s);
        thereBuilder.addFields(t);
        const QList<FieldDelta> deltas = deltasOf(s, t, result.targetIds);
        if (!deltas.isEmpty())
            result.differences << changed(part, s, t, deltas, byId[size_t(i)]);
    }
    for (int j = 0; j < there.size(); ++j) {
        if (!taken[size_t(j)])
            result.differences << alone(part, there.at(j), false);
    }
}

} // namespace

int CompareResult::count(Change change) const
{
    return int(std::count_if(differences.begin(), differences.end(),
                             [&](const Difference &d) { return d.change == change; }));
}

int CompareResult::count(Part part) const
{
    return int(std::count_if(differences.begin(), differences.end(),
                             [&](const Difference &d) { return d.part == part; }));
}

namespace Comparer {

CompareResult compare(const ServerSnapshot &source, const ServerSnapshot &target,
                      const QList<Part> &parts)
{
    CompareResult result;
    const QList<Part> needed = withDependencies(parts);
    // In Part order, so the parts a part refers to are paired before it.
    for (Part part : allParts()) {
        if (!needed.contains(part) || !source.has(part) || !target.has(part))
            continue;
        const bool report = parts.contains(part);
        if (report)
            result.parts << part;
        const qsizetype first = result.differences.size();
        comparePart(part, source, target, result, report);
        std::sort(result.differences.begin() + first, result.differences.end(),
                  [](const Difference &a, const Difference &b) {
                      const int c = a.name.compare(b.name, Qt::CaseInsensitive);
                      return c != 0 ? c < 0 : a.change < b.change;
                  });
    }
    return result;
}

QList<SideBySideRow> sideBySide(const Difference &difference, const ServerSnapshot &source,
                                const ServerSnapshot &target)
{
    const auto find = [&](const ServerSnapshot &snapshot, const QString &id) -> Record {
        if (id.isEmpty() || !snapshot.has(difference.part))
            return {};
        const RecordBuilder builder(difference.part, snapshot);
        for (int i = 0; i < builder.size(); ++i) {
            if (Json::idOf(snapshot.list(difference.part).at(i)).compare(id, Qt::CaseInsensitive) ==
                0)
                return builder.record(i);
        }
        return {};
    };
    const Record s = find(source, difference.sourceId);
    const Record t = find(target, difference.targetId);
    // Changed as the comparison found it (references were compared by their pairing then).
    QSet<QString> changedFields;
    for (const FieldChange &f : difference.fieldChanges)
        changedFields.insert(f.field.toLower());
    const bool everything = difference.change != Change::Changed;
    QList<SideBySideRow> rows;
    qsizetype i = 0, j = 0;
    while (i < s.fields.size() || j < t.fields.size()) {
        const Field *fa = i < s.fields.size() ? &s.fields.at(i) : nullptr;
        const Field *fb = j < t.fields.size() ? &t.fields.at(j) : nullptr;
        const Field *f = nullptr;
        if (fa && fb && fa->key == fb->key) {
            f = fa;
            ++i;
            ++j;
        } else if (fa && (!fb || fa->key < fb->key)) {
            f = fa;
            fb = nullptr;
            ++i;
        } else {
            f = fb;
            fa = nullptr;
            ++j;
        }
        const bool secret = (fa && fa->value.kind == FieldValue::Kind::Secret) ||
                            (fb && fb->value.kind == FieldValue::Kind::Secret);
        rows << SideBySideRow{f->name, fa ? fa->value.display() : QString(),
                              fb ? fb->value.display() : QString(),
                              everything || changedFields.contains(f->key), secret};
    }
    return rows;
}

} // namespace Comparer

} // namespace infiniti::compare
