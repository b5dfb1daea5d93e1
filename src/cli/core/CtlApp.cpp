#include "cli/core/CtlApp.h"

#include "api/ApiJob.h"
#include "api/LoginJob.h"
#include "api/ProfileStore.h"
#include "api/SecretStore.h"
#include "api/Session.h"
#include "api/endpoints/AuthEndpoints.h"
#include "cli/core/Command.h"
#include "cli/core/CommandSpec.h"
#include "cli/core/OutputStream.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

CtlApp::CtlApp(CtlOptions options, const VerbSpec &verb, std::optional<QString> password, SecretStore *secrets,
               ProfileStore *profiles, OutputStream *out, OutputStream *err, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_verb(verb)
    , m_password(std::move(password))
    , m_secrets(secrets)
    , m_profiles(profiles)
    , m_out(out)
    , m_err(err)
{
}

void CtlApp::start()
{
    QMetaObject::invokeMethod(this, &CtlApp::run, Qt::QueuedConnection);
}

void CtlApp::run()
{
    if (m_verb.needs != VerbSpec::Needs::Nothing && !resolveConnection())
        return;
    CommandContext context;
    context.options = &m_options;
    context.session = m_session;
    context.profile = &m_profile;
    context.secrets = m_secrets;
    context.profiles = m_profiles;
    context.out = m_out;
    context.err = m_err;
    context.password = m_password;
    m_command = m_verb.create(context);
    m_command->setParent(this);
    connect(m_command, &Command::finished, this, &CtlApp::finish);
    // Local input is checked before anything is sent (and before signing in).
    if (!m_command->prepare())
        return;
    if (m_verb.needs == VerbSpec::Needs::SignIn)
        signIn();
    else
        runCommand();
}

bool CtlApp::resolveConnection()
{
    if (!m_options.profile.isEmpty()) {
        const auto saved = m_profiles->find(m_options.profile);
        if (!saved) {
            *m_err << "infiniti-ctl: " << tr("no saved connection named “%1”.").arg(m_options.profile) << '\n';
            exit(UsageError);
            return false;
        }
        m_profile = *saved;
        if (m_options.user.isEmpty())
            m_options.user = saved->lastUser;
    } else {
        m_profile.manageUrl = Profile::normaliseServerUrl(m_options.server);
        m_profile.produceUrl = Profile::normaliseServerUrl(m_options.produce);
    }
    if (!m_profile.manageUrl.isValid() || m_profile.manageUrl.host().isEmpty()) {
        *m_err << "infiniti-ctl: " << tr("“%1” is not a server URL.").arg(m_options.server) << '\n';
        exit(UsageError);
        return false;
    }
    if (m_options.user.isEmpty()) {
        *m_err << "infiniti-ctl: " << tr("say which account with --user NAME.") << '\n';
        exit(UsageError);
        return false;
    }
    m_session = new Session(m_profile, this);
    m_session->retryPolicy().maxAttempts = 3;
    return true;
}

void CtlApp::signIn()
{
    if (m_password) {
        auto *job = new LoginJob(m_session, ApiModule::Admin, m_options.user, *m_password, this);
        connect(job, &ApiJob::finished, this, [this, job] {
            if (!job->succeeded()) {
                *m_err << "infiniti-ctl: " << job->error().message() << '\n';
                if (!job->error().details().isEmpty())
                    *m_err << "  " << QString(job->error().details()).replace(QLatin1Char('\n'), u"\n  "_s) << '\n';
                finish(Command::exitCodeFor(job->error()));
                return;
            }
            m_session->setToken(job->result().token, m_options.user, job->result().userId);
            m_oneShotToken = true; // signed out again when the command is done
            runCommand();
        });
        job->start();
        return;
    }
    m_secrets->read(m_profile.secretKey(m_options.user), this, [this](const SecretStore::Result &r) {
        const QString token = QJsonDocument::fromJson(r.secret.toUtf8()).object().value("token"_L1).toString();
        if (!r.ok() || token.isEmpty()) {
            *m_err << "infiniti-ctl: "
                   << tr("not signed in as %1. Run 'infiniti-ctl login' first, or give the password in "
                         "INFINITI_PASSWORD or on standard input.")
                          .arg(m_options.user);
            if (r.status == SecretStore::Status::Unavailable)
                *m_err << ' ' << tr("(The keychain is not available: %1)").arg(r.message);
            *m_err << '\n';
            finish(AuthFailure);
            return;
        }
        m_session->setToken(token, m_options.user);
        runCommand();
    });
}

void CtlApp::runCommand()
{
    if (m_command && !m_finishing)
        m_command->run();
}

void CtlApp::interrupt()
{
    if (m_finishing) {
        exit(Interrupted); // already signing out: do not wait for it
        return;
    }
    delete m_command; // aborts its requests without their callbacks
    *m_err << "infiniti-ctl: " << tr("interrupted.") << '\n';
    finish(Interrupted);
}

void CtlApp::finish(int code)
{
    if (m_finishing)
        return;
    m_finishing = true;
    if (m_oneShotToken && m_session && !m_session->token().isEmpty()) {
        // A token made for this one command is expired again, whatever the outcome.
        m_oneShotToken = false;
        auto *job = new ApiJob(m_session, AuthEndpoints::logoff(ApiModule::Admin), this);
        connect(job, &ApiJob::finished, this, [this, code] { exit(code); });
        job->start();
        return;
    }
    exit(code);
}

void CtlApp::exit(int code)
{
    if (!m_out->flush()) {
        *m_err << "infiniti-ctl: " << tr("cannot write the output: %1").arg(m_out->errorString()) << '\n';
        if (code == Ok)
            code = Failure;
    }
    m_err->flush();
    QCoreApplication::exit(code);
}

} // namespace infiniti::ctl
