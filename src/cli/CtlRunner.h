#pragma once

#include "api/ApiError.h"
#include "cli/CtlOptions.h"
#include "api/ApiRequest.h"
#include "cli/CtlResource.h"
#include "api/Profile.h"

#include <QJsonObject>
#include <QObject>
#include <QTextStream>

#include <functional>
#include <optional>

namespace infiniti {
class ProfileStore;
class SecretStore;
class Session;
} // namespace infiniti

namespace infiniti::ctl {

// Runs one infiniti-ctl command on the event loop (signing in, the command's requests,
// signing out of a one-shot token) and quits the application with the command's exit code.
class CtlRunner : public QObject
{
    Q_OBJECT
public:
    CtlRunner(CtlOptions options, std::optional<QString> password, SecretStore *secrets,
              ProfileStore *profiles, QObject *parent = nullptr);
    void start();

    static int exitCodeFor(const ApiError &error);

private:
    void run();
    void authenticate(const std::function<void()> &then);
    void login();
    void logout();
    void listItems();
    void getItem();
    void createItem(const QJsonObject &input);
    void updateItem(const QJsonObject &changes);
    void deleteItem();
    void importUsers();
    void runLicense();
    void runSync(const QString &verb);
    // Rows as CSV with the header, or as a text table: column c padded to widths[c] (the
    // columns past `widths` as they are).
    void printTable(const QStringList &header, const QList<int> &widths, const QList<QStringList> &rows);
    void runLibrary(const QString &verb);
    void runProjects(const QString &verb);
    void printHistory(const struct ApiRequest &request);
    void importProjects(const QStringList &files, int index, int failures);
    void exportAllProjects(const QString &directory);
    void runEntity(const struct ApiRequest &request, const QString &doneMessage);
    ApiRequest onModule(ApiRequest request) const; // the resource's module (Client for tasks…)
    void runProduce(const QString &command, const QString &verb);
    void downloadOutputs(const QUrl &location, const QString &outputId);
    std::optional<QJsonObject> readInput(QString *problem);
    void fail(const ApiError &error);
    // A local file's bytes; when it cannot be read, says so and finishes with UsageError.
    std::optional<QByteArray> readOrFail(const QString &path);
    // Writes `bytes` to `path` (atomically); when that fails, says so and finishes with Failure.
    bool saveOrFail(const QString &path, const QByteArray &bytes);
    void finish(int code);
    void printObject(const QJsonObject &object);

    CtlOptions m_options;
    std::optional<QString> m_password;
    SecretStore *m_secrets;
    ProfileStore *m_profiles;
    Profile m_profile;
    const CtlResource *m_resource = nullptr;
    QByteArray m_collection; // the resource's path (with its parent's id)
    Session *m_session = nullptr;
    bool m_oneShotToken = false;
    int m_lastFailure = 1; // the exit code of the last failed item of a multi-item command
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace infiniti::ctl
