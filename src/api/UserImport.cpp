#include "api/UserImport.h"

#include "api/endpoints/UsersEndpoints.h"
#include "api/EntityJob.h"
#include "api/Session.h"
#include "formats/Csv.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {

const QStringList kStringKeys = {u"username"_s, u"firstName"_s,    u"lastName"_s, u"email"_s,
                                 u"culture"_s,  u"language"_s,     u"timezone"_s, u"prefix"_s,
                                 u"jobTitle"_s, u"organization"_s, u"phone"_s,    u"fax"_s};
const QStringList kBoolKeys = {u"disabled"_s, u"changePasswordAtNextLogin"_s,
                               u"passwordNeverExpires"_s, u"lockedOut"_s, u"twoFactorAuth"_s};
const QStringList kListKeys = {u"groups"_s, u"roles"_s};

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == "true"_L1 || t == "yes"_L1 || t == "1"_L1)
        return true;
    if (t == "false"_L1 || t == "no"_L1 || t == "0"_L1 || t.isEmpty())
        return false;
    return std::nullopt;
}

QStringList splitNames(const QString &text)
{
    QStringList out;
    for (const auto &part : text.split(QLatin1Char(';'))) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

// The server's object with the file's fields laid over it (PATCH replaces the whole user).
QJsonObject merged(const QJsonObject &server, const QJsonObject &file, const QStringList &given)
{
    QJsonObject out = server;
    for (const auto &key : given) {
        for (const QString &k : out.keys()) {
            if (k.compare(key, Qt::CaseInsensitive) == 0)
                out.remove(k);
        }
        out.insert(key, file.value(key));
    }
    return out;
}

// The file's keys whose value differs from the server's (a password is never compared).
QStringList changedKeys(const QJsonObject &server, const QJsonObject &file,
                        const QStringList &given)
{
    QStringList out;
    for (const auto &key : given) {
        QJsonValue before;
        for (auto it = server.begin(); it != server.end(); ++it) {
            if (it.key().compare(key, Qt::CaseInsensitive) == 0)
                before = it.value();
        }
        QJsonValue after = file.value(key);
        if (before.isArray() && after.isArray()) { // names: the same set in any order
            QStringList a, b;
            for (const auto &v : before.toArray())
                a << v.toString().toLower();
            for (const auto &v : after.toArray())
                b << v.toString().toLower();
            a.sort();
            b.sort();
            if (a != b)
                out << key;
        } else if (before.isUndefined() || before.isNull()) { // nothing yet: "" or false
            if (after.isBool()    ? after.toBool()
                : after.isArray() ? !after.toArray().isEmpty()
                                  : !after.toString().isEmpty())
                out << key;
        } else if (before != after) {
            out << key;
        }
    }
    return out;
}

} // namespace

UserImport::UserImport(QObject *parent)
    : QObject(parent)
{
}

QStringList UserImport::knownColumns()
{
    return kStringKeys + kBoolKeys + kListKeys + QStringList{u"password"_s};
}

bool UserImport::load(const QByteArray &csv, const QStringList &knownGroups,
                      const QStringList &knownRoles, QString *error)
{
    m_rows.clear();
    QList<QStringList> records;
    if (!Csv::parse(csv, &records, error))
        return false;
    if (records.isEmpty()) {
        *error = tr("the file is empty");
        return false;
    }
    // Map header names (any casing) to our keys; an unknown column is a mistake worth saying.
    QStringList keys;
    QStringList unknown;
    for (const auto &title : records.first()) {
        QString key;
        for (const auto &k : knownColumns()) {
            if (k.compare(title.trimmed(), Qt::CaseInsensitive) == 0)
                key = k;
        }
        if (key.isEmpty() && title.trimmed().compare("id"_L1, Qt::CaseInsensitive) != 0)
            unknown << title;
        keys << key;
    }
    if (!keys.contains(u"username"_s)) {
        *error = tr("the header has no “username” column");
        return false;
    }
    if (!unknown.isEmpty()) {
        *error = tr("unknown columns: %1 (known: %2)")
                     .arg(unknown.join(u", "_s), knownColumns().join(u", "_s));
        return false;
    }

    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    // Usernames given more than once: every such row is rejected (which one was meant?).
    QHash<QString, int> counts;
    const qsizetype nameColumn = keys.indexOf(u"username"_s);
    for (qsizetype r = 1; r < records.size(); ++r)
        counts[records.at(r).value(nameColumn).trimmed().toLower()] += 1;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList &fields = records.at(r);
        Row row;
        row.line = int(r + 1);
        QJsonObject o;
        for (qsizetype c = 0; c < keys.size(); ++c) {
            const QString &key = keys.at(c);
            if (key.isEmpty())
                continue;
            const QString value = fields.value(c);
            if (key == "password"_L1) {
                row.password = value;
                continue;
            }
            if (!value.trimmed().isEmpty())
                row.given << key; // an empty cell leaves the field as it is on update
            if (kBoolKeys.contains(key)) {
                const auto b = parseBool(value);
                if (!b)
                    row.problems << tr("%1 must be true or false, not “%2”").arg(key, value);
                o.insert(key, b.value_or(false));
            } else if (kListKeys.contains(key)) {
                const QStringList names = splitNames(value);
                const QStringList &known = key == "groups"_L1 ? knownGroups : knownRoles;
                for (const auto &n : names) {
                    if (!known.contains(n, Qt::CaseInsensitive))
                        row.problems << (key == "groups"_L1 ? tr("unknown group “%1”").arg(n)
                                                            : tr("unknown role “%1”").arg(n));
                }
                o.insert(key, QJsonArray::fromStringList(names));
            } else {
                o.insert(key, value.trimmed());
            }
        }
        if (fields.size() != keys.size())
            row.problems
                << tr("%1 fields where the header has %2").arg(fields.size()).arg(keys.size());
        row.user = User::fromJson(o);
        row.user.raw = o;
        const QString name = row.user.username;
        if (name.isEmpty())
            row.problems << tr("no username");
        else if (counts.value(name.toLower()) > 1)
            row.problems << tr("username “%1” appears %2 times in the file")
                                .arg(name)
                                .arg(counts.value(name.toLower()));
        if (!row.user.email.isEmpty() && !email.match(row.user.email).hasMatch())
            row.problems << tr("“%1” is not an email address").arg(row.user.email);
        m_rows << row;
    }
    return true;
}

int UserImport::validCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.valid(); }));
}

void UserImport::run(Session *session, bool dryRun)
{
    for (Row &row : m_rows) { // a run after a dry run finds out again
        row.error = ApiError();
        row.done = false;
    }
    m_session = session;
    m_dryRun = dryRun;
    m_next = 0;
    m_running = 0;
    m_dealtWith = 0;
    m_cancelled = false;
    QMetaObject::invokeMethod(this, &UserImport::startMore, Qt::QueuedConnection);
}

void UserImport::cancel()
{
    m_cancelled = true;
}

void UserImport::startMore()
{
    // Rows start in the file's order, up to kRowsAtOnce at a time: they are independent, as
    // load() refuses a username the file repeats.
    while (!m_cancelled && m_session && m_running < kRowsAtOnce && m_next < m_rows.size()) {
        const Row &row = m_rows.at(m_next);
        if (!row.valid()) {
            ++m_next;
            ++m_dealtWith;
            continue;
        }
        startRow(m_next++);
    }
    if (m_running == 0 && (m_cancelled || !m_session || m_next >= m_rows.size()))
        emit finished();
}

void UserImport::startRow(int index)
{
    ++m_running;
    // `saved`: the row's create or update was answered with success.
    const auto finishRow = [this, index](const ApiError &error, bool saved) {
        m_rows[index].error = error;
        m_rows[index].done = saved;
        --m_running;
        emit progress(++m_dealtWith, int(m_rows.size()));
        startMore();
    };
    // Does the user exist? Then update it, keeping what the file does not mention.
    auto *find =
        new EntityJob(m_session, UsersEndpoints::getByName(m_rows.at(index).user.username), this);
    connect(find, &ApiJob::finished, this, [this, find, index, finishRow] {
        Row &row = m_rows[index];
        ApiRequest request;
        if (find->succeeded()) {
            row.action = Row::Action::Update;
            row.changes = changedKeys(find->object(), row.user.raw, row.given);
            User existing = User::fromJson(merged(find->object(), row.user.raw, row.given));
            request = UsersEndpoints::update(existing, row.password);
        } else if (find->error().kind() == ApiError::Kind::NotFound) {
            row.action = Row::Action::Create;
            row.changes.clear();
            request = UsersEndpoints::create(row.user, row.password);
        } else {
            finishRow(find->error(), false);
            return;
        }
        if (m_dryRun || m_cancelled) { // found out; nothing written
            finishRow(ApiError(), false);
            return;
        }
        auto *save = new EntityJob(m_session, request, this);
        connect(save, &ApiJob::finished, this,
                [save, finishRow] { finishRow(save->error(), save->succeeded()); });
        save->start();
    });
    find->start();
}

QByteArray UserImport::report(const Csv::WriteOptions &options) const
{
    QByteArray out =
        Csv::record({u"line"_s, u"username"_s, u"action"_s, u"result"_s, u"message"_s}, options);
    for (const auto &row : m_rows) {
        const QString action = row.action == Row::Action::Create   ? u"create"_s
                               : row.action == Row::Action::Update ? u"update"_s
                                                                   : QString();
        QString result;
        QString message;
        if (!row.valid()) {
            result = u"rejected"_s;
            message = row.problems.join(u"; "_s);
        } else if (row.done) {
            result = u"ok"_s;
        } else if (row.error.isError()) {
            result = u"failed"_s;
            message = row.error.message() + (row.error.serverMessage().isEmpty()
                                                 ? QString()
                                                 : u" — "_s + row.error.serverMessage());
        } else {
            result = m_dryRun ? u"would run"_s : u"not run"_s;
        }
        out += Csv::record({QString::number(row.line), row.user.username, action, result, message},
                           options);
    }
    return out;
}

} // namespace infiniti
