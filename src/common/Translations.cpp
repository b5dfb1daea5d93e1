#include "common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace infiniti::Translations {

namespace {
QString g_language = u"en"_s;
}

void install(QCoreApplication *app)
{
    auto *ours = new QTranslator(app);
    if (ours->load(QLocale(), u"infiniti-admin"_s, u"_"_s, u":/i18n"_s)) {
        g_language = ours->language().section(QLatin1Char('_'), 0, 0);
    } else if (!ours->load(u"infiniti-admin_en"_s, u":/i18n"_s)) {
        delete ours;
        return;
    }
    QCoreApplication::installTranslator(ours);
    if (g_language == "en"_L1)
        return; // Qt's source strings are English already
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

QString language()
{
    return g_language;
}

} // namespace infiniti::Translations
