#include "cli/core/CtlApp.h"

#include "api/ApiJob.h"
#include "api/endpoints/AuthEndpoints.h"
#include "api/LoginJob.h"
#include "api/ProfileStore.h"
#include "api/SecretStore.h"
#include "api/Session.h"
#include "cli/core/Command.h"
#include "cli/core/CommandSpec.h"
#include "cli/core/OutputStream.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace infiniti::ctl {

CtlApp::CtlApp(CtlOptions options, const VerbSpec &verb, std::optional<QString> password,
               SecretStore *secrets, ProfileStore *profiles, OutputStream *out, OutputStream *err,
               QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_verb(verb)
    , m_secrets(secrets)
    , m_profiles(profiles)
    , m_out(out)
    , m_err(err)
{
    m_source.server = m_options.server;
    m_source.produce = m_options.produce;
    m_source.user = m_options.user;
    m_source.profileName = m_options.profile;
    m_source.password = std::move(password);
    m_target.server = m_options.toServer;
    m_target.user = m_options.toUser;
    m_target.profileName = m_options.toProfile;
    m_target.isTarget = true;
}

void CtlApp::start()
{
    QMetaObject::invokeMethod(this, &CtlApp::run, Qt::QueuedConnection);
}

void CtlApp::run()
{
    if (m_verb.needs != VerbSpec::Needs::Nothing) {
        if (!resolveConnection(m_source))
            return;
        m_options.user = m_source.user;
        if (m_verb.target) {
            if (m_target.user.isEmpty() && m_target.profileName.isEmpty())
                m_target.user = m_source.user;
            if (!resolveConnection(m_target))
                return;
            m_options.toUser = m_target.user;
        }
    }
    CommandContext context;
    context.options = &m_options;
    context.session = m_source.session;
    context.profile = &m_source.profile;
    context.target = m_target.session;
    context.targetProfile = &m_target.profile;
    context.secrets = m_secrets;
    context.profiles = m_profiles;
    context.out = m_out;
    context.err = m_err;
    context.password = m_source.password;
    m_command = m_verb.create(context);
    m_command->setParent(this);
    connect(m_command, &Command::finished, this, &CtlApp::finish);
    // Local input is checked before anything is sent (and before signing in).
    if (!m_command->prepare())
        return;
    if (m_verb.needs != VerbSpec::Needs::SignIn) {
        runCommand();
        return;
    }
    signIn(m_source, [this] {
        if (m_verb.target)
            signIn(m_target, [this] { runCommand(); });
        else
            runCommand();
    });
}

bool CtlApp::resolveConnection(CtlConnection &c)
{
    const QString userOption = c.isTarget ? u"--to-user"_s : u"--user"_s;
    if (!c.profileName.isEmpty()) {
        const auto saved = m_profiles->find(c.profileName);
        if (!saved) {
            *m_err << "infiniti-ctl: " << tr("no saved connection named “%1”.").arg(c.profileName)
                   << '\n';
            exit(UsageError);
            return false;
        }
        c.profile = *saved;
        if (c.user.isEmpty())
            c.user = saved->lastUser;
        if (c.isTarget && c.user.isEmpty())
            c.user = m_source.user;
    } else {
        c.profile.manageUrl = Profile::normaliseServerUrl(c.server);
        c.profile.produceUrl = Profile::normaliseServerUrl(c.produce);
    }
    if (!c.profile.manageUrl.isValid() || c.profile.manageUrl.host().isEmpty()) {
        *m_err << "infiniti-ctl: " << tr("“%1” is not a server URL.").arg(c.server) << '\n';
        exit(UsageError);
        return false;
    }
    if (c.user.isEmpty()) {
        *m_err << "infiniti-ctl: " << tr("say which account with %1 NAME.").arg(userOption) << '\n';
        exit(UsageError);
        return false;
    }
    c.session = new Session(c.profile, this);
    c.session->retryPolicy().maxAttempts = 3;
    // --timeout and --max-time bound every request of the connection, the sign-in included.
    Session::Limits limits;
    if (m_options.timeoutSeconds)
        limits.silence = std::chrono::seconds(*m_options.timeoutSeconds);
    if (m_options.maxTimeSeconds)
        limits.total = std::chrono::seconds(*m_options.maxTimeSeconds);
    c.session->setLimits(limits);
    return true;
}

// With two servers, each message names the one it is about.
void CtlApp::complainAbout(const CtlConnection &c, const QString &message)
{
    *m_err << "infiniti-ctl: ";
    if (m_verb.target)
        *m_err << (c.profile.name.isEmpty() ? c.profile.manageUrl.toString() : c.profile.name)
               << ": ";
    *m_err << message;
}

void CtlApp::logIn(CtlConnection &c, std::function<void()> then)
{
    auto *job = new LoginJob(c.session, ApiModule::Admin, c.user, *c.password, this);
    connect(job, &ApiJob::finished, this, [this, &c, job, then] {
        if (!job->succeeded()) {
            complainAbout(c, job->error().message());
            *m_err << '\n' << Command::detailLines(job->error());
            finish(Command::exitCodeFor(job->error()));
            return;
        }
        c.session->setToken(job->result().token, c.user, job->result().userId);
        c.oneShotToken = true; // signed out again when the command is done
        then();
    });
    job->start();
}

void CtlApp::signIn(CtlConnection &c, std::function<void()> then)
{
    if (c.password) {
        logIn(c, std::move(then));
        return;
    }
    m_secrets->read(
        c.profile.secretKey(c.user), this, [this, &c, then](const SecretStore::Result &r) {
            if (m_finishing)
                return;
            const QString token =
                QJsonDocument::fromJson(r.secret.toUtf8()).object().value("token"_L1).toString();
            if (r.ok() && LoginResult::usableToken(token)) {
                c.session->setToken(token, c.user);
                then();
                return;
            }
            if (c.isTarget && m_prompt) {
                const QString where =
                    c.profile.name.isEmpty() ? c.profile.manageUrl.toString() : c.profile.name;
                const auto typed = m_prompt(tr("Password for %1 on %2: ").arg(c.user, where));
                if (typed && !typed->isEmpty()) {
                    c.password = typed;
                    logIn(c, then);
                    return;
                }
            }
            if (c.isTarget)
                complainAbout(
                    c, tr("not signed in to the target as %1. Run 'infiniti-ctl login' for it "
                          "first, or give "
                          "its password in INFINITI_TO_PASSWORD (else INFINITI_PASSWORD is used).")
                           .arg(c.user));
            else if (m_options.inputFile == "-"_L1)
                // Standard input is what --file - (or --key-file -) reads: no password there.
                complainAbout(c, tr("not signed in as %1. Run 'infiniti-ctl login' first, or give "
                                    "the password in INFINITI_PASSWORD (standard input carries "
                                    "what --file - or --key-file - reads).")
                                     .arg(c.user));
            else
                complainAbout(c, tr("not signed in as %1. Run 'infiniti-ctl login' first, or give "
                                    "the password in "
                                    "INFINITI_PASSWORD or on standard input.")
                                     .arg(c.user));
            if (r.status == SecretStore::Status::Unavailable)
                *m_err << ' ' << tr("(The keychain is not available: %1)").arg(r.message);
            *m_err << '\n';
            finish(AuthFailure);
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
    // A token made for this one command is expired again, whatever the outcome.
    for (CtlConnection *c : {&m_source, &m_target}) {
        if (!c->oneShotToken || !c->session || c->session->token().isEmpty())
            continue;
        c->oneShotToken = false;
        ++m_signingOut;
        auto *job = new ApiJob(c->session, AuthEndpoints::logoff(ApiModule::Admin), this);
        connect(job, &ApiJob::finished, this, [this, code] {
            if (--m_signingOut == 0)
                exit(code);
        });
        job->start();
    }
    if (m_signingOut == 0)
        exit(code);
}
void CtlApp::exit(int code)
{
    if (!m_out->flush()) {
        *m_err << "infiniti-ctl: " << tr("cannot write the output: %1").arg(m_out->errorString())
               << '\n';
        if (code == Ok)
            code = Failure;
    }
    m_err->flush();
    QCoreApplication::exit(code);
}

} // namespace infiniti::ctl
