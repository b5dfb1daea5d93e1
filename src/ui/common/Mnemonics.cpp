#include "ui/common/Mnemonics.h"

#include <QAbstractButton>
#include <QLabel>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace infiniti::Mnemonics {

QString add(const QString &text, QString *used)
{
    QString plain = text;
    plain.replace(u"&"_s, u"&&"_s);
    for (const bool wordStart : {true, false}) {
        for (qsizetype i = 0; i < plain.size(); ++i) {
            const QChar c = plain.at(i).toLower();
            if (!c.isLetter() || used->contains(c))
                continue;
            if (wordStart && i > 0 && plain.at(i - 1).isLetter())
                continue;
            used->append(c);
            return plain.left(i) + QLatin1Char('&') + plain.mid(i);
        }
    }
    return plain;
}

namespace {
QChar letterOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
        ++i; // "&&" is an ampersand
    }
    return {};
}
} // namespace

QString usedIn(const QWidget *scope)
{
    QString used;
    for (const QAbstractButton *b : scope->findChildren<QAbstractButton *>()) {
        if (const QChar c = letterOf(b->text()); !c.isNull())
            used += c;
    }
    for (const QLabel *l : scope->findChildren<QLabel *>()) {
        if (const QChar c = letterOf(l->text()); l->buddy() && !c.isNull())
            used += c;
    }
    return used;
}

} // namespace infiniti::Mnemonics
