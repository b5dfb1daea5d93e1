#include "common/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace infiniti::Translations {

namespace {
QString g_language = u"en"_s;
const QString kDir = u":/i18n"_s;
const QString kPrefix = u"infiniti-admin_"_s;
} // namespace

QStringList available()
{
    QStringList languages;
    const QStringList files = QDir(kDir).entryList({kPrefix + u"*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.mid(kPrefix.size()).chopped(3);
    return languages;
}

void install(QCoreApplication *app, const QString &preferred)
{
    auto *ours = new QTranslator(app);
    if (!preferred.isEmpty() && available().contains(preferred) &&
        ours->load(kPrefix + preferred, kDir)) {
        g_language = preferred;
        if (QLocale().language() != QLocale(preferred).language())
            QLocale::setDefault(QLocale(preferred));
    } else if (ours->load(QLocale(), u"infiniti-admin"_s, u"_"_s, kDir)) {
        g_language =
            ours->language().section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
        if (const QLocale formats = formatsFor(QLocale(), g_language); formats != QLocale())
            QLocale::setDefault(formats);
    } else if (ours->load(kPrefix + u"en"_s, kDir)) {
        g_language = u"en"_s;
    } else {
        delete ours;
        return;
    }
    // Qt's catalogue for the language ours speaks, not for QLocale()'s first UI language: with
    // LANGUAGE=fr:de ours is German, and French dialog buttons next to it would be a mix. It is
    // installed first, so ours (installed last, asked first) can correct a word of Qt's.
    if (g_language != "en"_L1) { // Qt's source strings are English already
        auto *qt = new QTranslator(app);
        if (qt->load(u"qtbase_"_s + g_language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    QCoreApplication::installTranslator(ours);
}

// Qt's German names the Return key "Return" in shortcuts ("Alt+Return" beside its own "Strg"
// and "Entf" in the Action menu); ours says it in German (Properties, Alt+Return).
[[maybe_unused]] constexpr const char *kQtWordsCorrected[] = {
    QT_TRANSLATE_NOOP("QShortcut", "Return"),
};

QLocale formatsFor(const QLocale &system, const QString &language)
{
    // With LANG=C.UTF-8 and LANGUAGE=de, Qt names the system locale de_DE but takes its formats
    // from the C locale ("3 Dec 2026 08:47:16"): those formats are the sign.
    const bool posixFormats = system.dateTimeFormat(QLocale::ShortFormat) ==
                              QLocale::c().dateTimeFormat(QLocale::ShortFormat);
    if (!posixFormats || language.isEmpty() || language == "en"_L1)
        return system;
    const QLocale named(system.name());
    return named.language() == QLocale(language).language() ? named : QLocale(language);
}

QString language()
{
    return g_language;
}

} // namespace infiniti::Translations
