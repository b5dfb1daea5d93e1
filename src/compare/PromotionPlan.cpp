#include "compare/PromotionPlan.h"

#include "compare/Comparer.h"
#include "compare/Records.h"
#include "compare/ServerSnapshot.h"
#include "formats/Json.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace infiniti::compare {

namespace {
// The one translation context of this file (lupdate reads it from the macro).
struct PlannerText
{
    Q_DECLARE_TR_FUNCTIONS(PlannerText)
};

} // namespace

// One phrase per part, so each language can say it its own way.
QString Planner::objectPhrase(Part part, const QString &name)
{
    switch (part) {
    case Part::Roles:
        return PlannerText::tr("the role “%1”").arg(name);
    case Part::Groups:
        return PlannerText::tr("the group “%1”").arg(name);
    case Part::CustomFields:
        return PlannerText::tr("the custom field “%1”").arg(name);
    case Part::Users:
        return PlannerText::tr("the user “%1”").arg(name);
    case Part::ContentFolders:
        return PlannerText::tr("the content folder “%1”").arg(name);
    case Part::PublishFolders:
        return PlannerText::tr("the publish folder “%1”").arg(name);
    case Part::ConnectorSettings:
        return PlannerText::tr("the connector setting “%1”").arg(name);
    case Part::CommunicationTemplates:
        return PlannerText::tr("the communication template “%1”").arg(name);
    case Part::DataSources:
        return PlannerText::tr("the data source “%1”").arg(name);
    case Part::DataObjects:
        return PlannerText::tr("the data object “%1”").arg(name);
    case Part::LibraryItems:
        return PlannerText::tr("the library item “%1”").arg(name);
    case Part::Projects:
        return PlannerText::tr("the project “%1”").arg(name);
    case Part::PublishedProjects:
        return PlannerText::tr("the publication “%1”").arg(name);
    }
    return name;
}

namespace {

QString thing(Part part, const QString &name)
{
    return Planner::objectPhrase(part, name);
}

int depthOf(const QString &path)
{
    return int(path.count(u" / "_s));
}

// Creates and updates run in Part order (what is referred to first), folders parents first;
// a project's rename after the sync package; deletions after everything, in the reverse order,
// folders children first.
int stageOf(Part part, Action action, const QString &name)
{
    const bool folder = part == Part::ContentFolders || part == Part::PublishFolders;
    const int depth = folder ? qMin(depthOf(name), 98) : 0;
    if (action == Action::Delete)
        return 10000 + (kPartCount - int(part)) * 100 + (98 - depth);
    if (action == Action::Rename)
        return int(part) * 100 + 99;
    return int(part) * 100 + depth;
}

bool onlyThese(const Difference &d, const QStringList &fields)
{
    return std::all_of(d.fieldChanges.begin(), d.fieldChanges.end(), [&](const FieldChange &f) {
        return fields.contains(f.field, Qt::CaseInsensitive);
    });
}

bool anyMasked(const Difference &d)
{
    return std::any_of(d.fieldChanges.begin(), d.fieldChanges.end(),
                       [](const FieldChange &f) { return f.masked; });
}

bool allMasked(const Difference &d)
{
    return !d.fieldChanges.isEmpty() && std::all_of(d.fieldChanges.begin(), d.fieldChanges.end(),
                                                    [](const FieldChange &f) { return f.masked; });
}

bool hasSecretValue(Part part, const QJsonObject *o)
{
    if (!o)
        return false;
    std::function<bool(const QJsonObject &, const QString &)> walk = [&](const QJsonObject &obj,
                                                                         const QString &prefix) {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const QString key = prefix + it.key().trimmed().toLower();
            if (it.value().isObject() && walk(it.value().toObject(), key + QLatin1Char('.')))
                return true;
            if (it.value().isString() && !it.value().toString().isEmpty() && isSecretKey(part, key))
                return true;
        }
        return false;
    };
    return walk(*o, {});
}

class PlanBuilder
{
public:
    PlanBuilder(const CompareResult &comparison, const ServerSnapshot &source,
                const ServerSnapshot &target, PromotionPlan &plan)
        : m_comparison(comparison)
        , m_source(source)
        , m_target(target)
        , m_plan(plan)
    {
    }

    void build()
    {
        for (int i = 0; i < m_plan.selection.size(); ++i)
            addStep(i, m_plan.selection.at(i));
        // References are checked once every step is known: a user may need a group the same
        // plan creates.
        for (PlanStep &step : m_plan.steps) {
            checkReferences(step);
            step.description = Planner::describeStep(step);
        }
        std::stable_sort(m_plan.steps.begin(), m_plan.steps.end(),
                         [](const PlanStep &a, const PlanStep &b) {
                             const bool aLeft = a.action == Action::LeaveAlone,
                                        bLeft = b.action == Action::LeaveAlone;
                             if (aLeft != bLeft)
                                 return bLeft; // what is left alone is listed last
                             return a.stage < b.stage;
                         });
    }

private:
    void addStep(int index, const Difference &d)
    {
        PlanStep s;
        s.difference = index;
        s.part = d.part;
        s.name = d.name;
        s.sourceId = d.sourceId;
        s.targetId = d.targetId;
        s.mechanism = Mechanism::Endpoint;
        const QJsonObject *sourceObject = m_source.find(d.part, d.sourceId);
        const bool secrets = m_plan.options.includeSecrets;
        switch (d.change) {
        case Change::Added:
            s.action = Action::Create;
            if (d.part == Part::ConnectorSettings) {
                leave(s, PlannerText::tr(
                             "connector settings come with the connectors installed on a server; "
                             "the API cannot create one"));
            } else if (d.part == Part::Projects) {
                s.mechanism = Mechanism::SyncPackage;
            } else if (hasSecretValue(d.part, sourceObject)) {
                if (secrets)
                    s.carriesSecret = true;
                else
                    s.note = PlannerText::tr(
                        "its secrets (connection string, credentials) are not sent: "
                        "set them there, or include secrets");
            }
            if (d.part == Part::Users)
                s.note = PlannerText::tr(
                    "it will have no password there (passwords never leave a server): set one");
            break;
        case Change::Changed:
            s.action = Action::Update;
            if (d.part == Part::Projects) {
                planProject(s, d);
            } else if (d.part == Part::ConnectorSettings) {
                if (!anyMasked(d))
                    leave(s,
                          PlannerText::tr(
                              "only a connector setting's value can be changed through the API"));
                else if (!secrets)
                    leave(s,
                          PlannerText::tr("its value is a secret: include secrets to promote it"));
                else
                    s.carriesSecret = true;
            } else if (anyMasked(d)) {
                if (secrets)
                    s.carriesSecret = true;
                else if (allMasked(d))
                    leave(s,
                          PlannerText::tr("only secrets differ: include secrets to promote them"));
                else
                    s.note = PlannerText::tr(
                        "its secrets stay as they are there (secrets not included)");
            }
            if (d.aspects.testFlag(Aspect::NewerThere) && s.action != Action::LeaveAlone)
                m_plan.warnings << PlannerText::tr(
                                       "%1 is newer on the target: promoting replaces it with the "
                                       "source's older one")
                                       .arg(thing(s.part, s.name));
            break;
        case Change::Removed:
            s.action = Action::Delete;
            if (d.part == Part::CustomFields)
                leave(s, PlannerText::tr("the API cannot delete custom fields"));
            else if (d.part == Part::ConnectorSettings)
                leave(s, PlannerText::tr("the API cannot delete connector settings"));
            else if (!m_plan.deletesConfirmed)
                leave(s, m_plan.options.allowDeletes
                             ? PlannerText::tr(
                                   "deleting was not confirmed with the target's name “%1”")
                                   .arg(m_plan.targetLabel)
                             : PlannerText::tr("deleting on the target was not asked for"));
            break;
        }
        s.stage = stageOf(s.part, s.action, s.name);
        m_plan.steps << s;
    }

    void planProject(PlanStep &s, const Difference &d)
    {
        if (d.aspects.testFlag(Aspect::OtherId)) {
            leave(s, PlannerText::tr(
                         "the target has a project of this name under another id; a sync package "
                         "would clash with it"));
            return;
        }
        const QStringList fixed = {u"folder"_s, u"type"_s};
        if (onlyThese(d, fixed)) {
            leave(s, PlannerText::tr(
                         "the API cannot move a project to another folder or change its type"));
            return;
        }
        if (onlyThese(d, fixed + QStringList{u"name"_s})) {
            s.action = Action::Rename;
        } else {
            s.mechanism = Mechanism::SyncPackage; // the package carries the name too
        }
        if (!onlyThese(d, {u"name"_s, u"content"_s}))
            s.note = PlannerText::tr(
                "its folder and type stay as they are there: the API cannot move a project");
    }

    void leave(PlanStep &s, const QString &why)
    {
        s.action = Action::LeaveAlone;
        s.mechanism = Mechanism::None;
        s.note = why;
    }

    // A step for `part` with this source id that creates it on the target.
    bool planned(Part part, const QString &sourceId) const
    {
        return std::any_of(m_plan.steps.begin(), m_plan.steps.end(), [&](const PlanStep &s) {
            return s.part == part && s.action == Action::Create &&
                   s.sourceId.compare(sourceId, Qt::CaseInsensitive) == 0;
        });
    }

    bool onTarget(Part part, const QString &sourceId) const
    {
        return sourceId.isEmpty() ||
               m_comparison.targetIds[size_t(part)].contains(sourceId.toLower()) ||
               planned(part, sourceId);
    }

    // Names of `part` the target will have: those it has, and those the plan creates. Empty
    // optional when the target's part was not read (nothing can be said).
    std::optional<QSet<QString>> namesThere(Part part) const
    {
        if (!m_target.has(part))
            return std::nullopt;
        QSet<QString> out;
        for (const QJsonObject &o : m_target.list(part))
            out.insert(Json::string(o, "name"_L1).toLower());
        for (const PlanStep &s : m_plan.steps) {
            if (s.part == part && s.action == Action::Create)
                out.insert(s.name.toLower());
        }
        return out;
    }

    void needNames(const PlanStep &step, const QJsonObject &o, const char *key, Part part)
    {
        const auto there = namesThere(part);
        if (!there)
            return;
        for (const QString &name : Json::stringList(o, QLatin1StringView(key))) {
            if (!there->contains(name.toLower()))
                m_plan.warnings << PlannerText::tr(
                                       "%1 needs %2, which the target does not have: tick it too, "
                                       "or the server will refuse it")
                                       .arg(thing(step.part, step.name), thing(part, name));
        }
    }

    void checkReferences(PlanStep &step)
    {
        if (step.action != Action::Create && step.action != Action::Update)
            return;
        const QJsonObject *o = m_source.find(step.part, step.sourceId);
        if (!o)
            return;
        switch (step.part) {
        case Part::Users:
            needNames(step, *o, "groups", Part::Groups);
            needNames(step, *o, "roles", Part::Roles);
            break;
        case Part::Groups:
            needNames(step, *o, "roles", Part::Roles);
            break;
        case Part::ContentFolders:
        case Part::PublishFolders: {
            needNames(step, *o, "groups", Part::Groups);
            const QString parent = Json::string(*o, "parentId"_L1);
            if (!onTarget(step.part, parent))
                leave(step, PlannerText::tr("its parent folder is not on the target: tick it too"));
            break;
        }
        case Part::DataObjects:
            if (!onTarget(Part::DataSources, Json::string(*o, "dataSourceId"_L1)))
                leave(step, PlannerText::tr("its data source is not on the target: tick it too"));
            break;
        case Part::PublishedProjects:
            if (!onTarget(Part::Projects, Json::string(*o, "projectId"_L1)))
                leave(step, PlannerText::tr("its project is not on the target: tick it too"));
            else if (!onTarget(Part::PublishFolders, Json::string(*o, "folderId"_L1)))
                leave(step,
                      PlannerText::tr("its publish folder is not on the target: tick it too"));
            break;
        case Part::Projects:
            if (step.action == Action::Create && m_source.has(Part::ContentFolders) &&
                m_target.has(Part::ContentFolders) &&
                !onTarget(Part::ContentFolders, Json::string(*o, "folderId"_L1)))
                m_plan.warnings << PlannerText::tr(
                                       "%1 will arrive outside any folder: its content folder is "
                                       "not on the target")
                                       .arg(thing(step.part, step.name));
            break;
        default:
            break;
        }
    }

    const CompareResult &m_comparison;
    const ServerSnapshot &m_source;
    const ServerSnapshot &m_target;
    PromotionPlan &m_plan;
};

} // namespace

QString Planner::describeStep(const PlanStep &s)
{
    const QString what = thing(s.part, s.name);
    QString line;
    switch (s.action) {
    case Action::Create:
        line = PlannerText::tr("Create %1").arg(what);
        break;
    case Action::Update:
        line = PlannerText::tr("Update %1").arg(what);
        break;
    case Action::Rename:
        line = PlannerText::tr("Rename %1").arg(what);
        break;
    case Action::Delete:
        line = PlannerText::tr("Delete %1").arg(what);
        break;
    case Action::LeaveAlone:
        line = PlannerText::tr("Leave %1 as it is").arg(what);
        break;
    }
    if (s.carriesSecret)
        line += PlannerText::tr(" (with its secrets)");
    if (!s.note.isEmpty())
        line += PlannerText::tr(": %1").arg(s.note);
    return line;
}

int PromotionPlan::count(Action action) const
{
    return int(std::count_if(steps.begin(), steps.end(),
                             [&](const PlanStep &s) { return s.action == action; }));
}

int PromotionPlan::count(Mechanism mechanism) const
{
    return int(std::count_if(steps.begin(), steps.end(),
                             [&](const PlanStep &s) { return s.mechanism == mechanism; }));
}

bool PromotionPlan::isEmpty() const
{
    return count(Action::LeaveAlone) == steps.size();
}

QList<Part> PromotionPlan::parts() const
{
    QList<Part> out;
    for (const Difference &d : selection) {
        if (!out.contains(d.part))
            out << d.part;
    }
    return withDependencies(out);
}

QStringList PromotionPlan::describe() const
{
    QStringList out;
    const std::pair<Mechanism, QString> groups[] = {
        {Mechanism::Endpoint, PlannerText::tr("Through the regular endpoints, in this order:")},
        {Mechanism::SyncPackage,
         PlannerText::tr("In one sync package (exported from %1, imported into %2):")
             .arg(sourceLabel, targetLabel)},
        {Mechanism::None, PlannerText::tr("Left alone:")},
    };
    for (const auto &[mechanism, title] : groups) {
        if (count(mechanism) == 0)
            continue;
        out << title;
        for (const PlanStep &s : steps) {
            if (s.mechanism == mechanism)
                out << u"  "_s + Planner::describeStep(s);
        }
    }
    for (const QString &w : warnings)
        out << PlannerText::tr("Warning: %1").arg(w);
    return out;
}

namespace Planner {

PromotionPlan plan(const QList<Difference> &selection, const CompareResult &comparison,
                   const ServerSnapshot &source, const ServerSnapshot &target,
                   const PromotionOptions &options)
{
    PromotionPlan p;
    p.sourceLabel = source.label;
    p.targetLabel = target.label;
    p.selection = selection;
    p.options = options;
    // Typed exactly: the name is the user's proof of knowing which server loses data.
    p.deletesConfirmed = options.allowDeletes && !target.label.isEmpty() &&
                         options.deleteConfirmation.trimmed() == target.label;
    PlanBuilder(comparison, source, target, p).build();
    p.warnings.removeDuplicates();
    return p;
}

QString actionTitle(Action action)
{
    switch (action) {
    case Action::Create:
        return PlannerText::tr("Create");
    case Action::Update:
        return PlannerText::tr("Update");
    case Action::Rename:
        return PlannerText::tr("Rename");
    case Action::Delete:
        return PlannerText::tr("Delete");
    case Action::LeaveAlone:
        return PlannerText::tr("Leave alone");
    }
    return {};
}

} // namespace Planner

} // namespace infiniti::compare
