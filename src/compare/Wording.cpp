#include "compare/Wording.h"

#include "compare/Records.h"

using namespace Qt::StringLiterals;

namespace infiniti::compare {

namespace {
// Short single-line values are quoted in a summary; longer ones (schemas, texts) only "differ".
constexpr int kQuotable = 40;

bool quotable(const QString &s)
{
    return s.size() <= kQuotable && !s.contains(QLatin1Char('\n'));
}

bool isBoolean(const FieldValue *v)
{
    return !v ||
           (v->kind == FieldValue::Kind::Text && (v->text == "true"_L1 || v->text == "false"_L1));
}

bool isTrue(const FieldValue *v)
{
    return v && v->text == "true"_L1;
}

QStringList minus(const QStringList &a, const QStringList &b)
{
    QStringList out;
    for (const QString &x : a) {
        if (!b.contains(x, Qt::CaseInsensitive))
            out << x;
    }
    return out;
}

QString lastStep(const QString &key)
{
    return key.section(QLatin1Char('.'), -1);
}
} // namespace

QString Wording::fieldLabel(const QString &name)
{
    QStringList steps;
    for (const QString &step : name.split(QLatin1Char('.'))) {
        QString words;
        for (qsizetype i = 0; i < step.size(); ++i) {
            const QChar c = step.at(i);
            // A capital after a small letter starts a word: "jobTitle" → "job title"; "SMTPHost"
            // keeps its run of capitals.
            if (c.isUpper() && i > 0 && step.at(i - 1).isLower())
                words += QLatin1Char(' ');
            words += (c.isUpper() && (i + 1 >= step.size() || step.at(i + 1).isLower()))
                         ? c.toLower()
                         : c;
        }
        steps << words;
    }
    return steps.join(u" › "_s);
}

QString Wording::added(Part part, const Record &source)
{
    if (part == Part::Projects && !source.version.isEmpty())
        return tr("%1: %2 here, not there").arg(source.name, source.version);
    return tr("%1: here, not there").arg(source.name);
}

QString Wording::removed(Part part, const Record &target)
{
    if (part == Part::Projects && !target.version.isEmpty())
        return tr("%1: %2 there, not here").arg(target.name, target.version);
    return tr("%1: there, not here").arg(target.name);
}

QString Wording::changed(Part part, const Record &source, const Record &target,
                         const QList<FieldDelta> &deltas)
{
    QStringList phrases;
    for (const FieldDelta &d : deltas) {
        const QString p = phrase(part, source, target, d);
        if (!p.isEmpty() && !phrases.contains(p))
            phrases << p;
    }
    const qsizetype more = phrases.size() - kMaxPhrases;
    if (more > 0) {
        phrases = phrases.mid(0, kMaxPhrases);
        // Spelled out rather than %n: infiniti-ctl prints these without a translator loaded.
        phrases << (more == 1 ? tr("and 1 more change") : tr("and %1 more changes").arg(more));
    }
    return tr("%1: %2").arg(source.name, phrases.join(u"; "_s));
}

QString Wording::setPhrase(Part part, const FieldDelta &d, const QStringList &here,
                           const QStringList &there)
{
    const QString step = lastStep(d.key);
    QStringList out;
    for (const auto &[items, onSource] : {std::pair{here, true}, std::pair{there, false}}) {
        if (items.isEmpty())
            continue;
        const QString list = items.join(u", "_s);
        const int n = int(items.size());
        if (step == "groups"_L1 && part == Part::Users)
            out << (onSource ? tr("member of %1 here, not there").arg(list)
                             : tr("member of %1 there, not here").arg(list));
        else if (step == "groups"_L1 &&
                 (part == Part::ContentFolders || part == Part::PublishFolders))
            out << (onSource ? tr("rights for %1 here, not there").arg(list)
                             : tr("rights for %1 there, not here").arg(list));
        else if (step == "roles"_L1)
            out << (n == 1
                        ? (onSource ? tr("role %1 here, not there") : tr("role %1 there, not here"))
                        : (onSource ? tr("roles %1 here, not there")
                                    : tr("roles %1 there, not here")))
                       .arg(list);
        else if (step == "permissions"_L1)
            out << (n == 1 ? (onSource ? tr("permission %1 here, not there")
                                       : tr("permission %1 there, not here"))
                           : (onSource ? tr("permissions %1 here, not there")
                                       : tr("permissions %1 there, not here")))
                       .arg(list);
        else
            out << (onSource ? tr("%1: %2 here, not there").arg(fieldLabel(d.name), list)
                             : tr("%1: %2 there, not here").arg(fieldLabel(d.name), list));
    }
    return out.join(u"; "_s);
}

QString Wording::phrase(Part part, const Record &source, const Record &target, const FieldDelta &d)
{
    const QString label = fieldLabel(d.name);
    const FieldValue *s = d.source;
    const FieldValue *t = d.target;
    const QString here = s ? s->display() : QString();
    const QString there = t ? t->display() : QString();

    if ((s && s->kind == FieldValue::Kind::Secret) || (t && t->kind == FieldValue::Kind::Secret)) {
        if (s && t)
            return tr("%1 differs (hidden)").arg(label);
        return s ? tr("%1 set here, empty there").arg(label)
                 : tr("%1 empty here, set there").arg(label);
    }
    if ((s && s->kind == FieldValue::Kind::Set) || (t && t->kind == FieldValue::Kind::Set)) {
        const QStringList a = s ? s->items : QStringList();
        const QStringList b = t ? t->items : QStringList();
        return setPhrase(part, d, minus(a, b), minus(b, a));
    }
    if (part == Part::Projects && d.key == "content"_L1) {
        if (source.version.isEmpty() || target.version.isEmpty() ||
            source.version == target.version)
            return source.version.isEmpty()
                       ? tr("other content")
                       : tr("same version %1, other content").arg(source.version);
        return tr("%1 here, %2 there").arg(source.version, target.version);
    }
    if (part == Part::LibraryItems && d.key == "file"_L1) {
        if (here == there)
            return tr("another file of the same size (%1)").arg(here);
        return tr("another file: %1 here, %2 there").arg(here, there);
    }
    if (d.key == "name"_L1 && matchingOf(part) == Matching::ByIdThenName)
        return tr("named “%1” there").arg(there);
    if (d.key == "folder"_L1 || (part == Part::LibraryItems && d.key == "foldername"_L1)) {
        const QString none = tr("no folder");
        return tr("in %1 here, %2 there")
            .arg(here.isEmpty() ? none : here, there.isEmpty() ? none : there);
    }
    if (d.key.startsWith("translations."_L1)) {
        const QString language = d.name.mid(int(qstrlen("translations.")));
        const QString text = language == "default"_L1 ? tr("text (default language)")
                                                      : tr("text (%1)").arg(language);
        if (s && t)
            return tr("%1 differs").arg(text);
        return s ? tr("%1 here, not there").arg(text) : tr("%1 there, not here").arg(text);
    }
    if (isBoolean(s) && isBoolean(t))
        return isTrue(s) ? tr("%1 here, not there").arg(label)
                         : tr("%1 there, not here").arg(label);
    if (quotable(here) && quotable(there)) {
        const QString none = tr("(none)");
        return tr("%1: %2 here, %3 there")
            .arg(label, here.isEmpty() ? none : u"“"_s + here + u"”"_s,
                 there.isEmpty() ? none : u"“"_s + there + u"”"_s);
    }
    return tr("%1 differs").arg(label);
}

} // namespace infiniti::compare
