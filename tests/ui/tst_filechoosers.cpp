// The file choosers every pane uses (Transfers): where they open, what a save offers, and the
// folder they remember for the next one.
#include "ui/common/Transfers.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace infiniti;

class FileChoosersTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

    static QString fallback()
    {
        const QString documents =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileInfo(documents).isDir() ? documents : QDir::homePath();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QCoreApplication::setOrganizationName(u"Infiniti"_s);
        QCoreApplication::setApplicationName(u"tst_filechoosers"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    }

    void init() { QSettings().clear(); }

    void theFolderLastChosenIsWhereTheNextOpens()
    {
        QCOMPARE(Transfers::startFolder(), fallback());
        QTemporaryDir a;
        Transfers::rememberFolderOf(a.filePath(u"Home Quote.ixpkg"_s));
        QCOMPARE(Transfers::startFolder(), a.path());
        Transfers::rememberFolderOf(a.path()); // a folder chosen is itself remembered
        QCOMPARE(Transfers::startFolder(), a.path());
        a.remove();
        QCOMPARE(Transfers::startFolder(), fallback()); // not a folder that is no more
    }

    void aSaveOffersTheSuggestedType()
    {
        QWidget parent;
        QTemporaryDir before, after;
        Transfers::rememberFolderOf(before.filePath(u"x"_s));
        QString chosen;
        Transfers::askSavePath(&parent, u"Export"_s, u"Home Quote.ixpkg"_s,
                               [&chosen](const QString &path) { chosen = path; });
        auto *dialog = parent.findChild<QFileDialog *>(u"saveFileDialog"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->directory().absolutePath(), QDir(before.path()).absolutePath());
        QCOMPARE(dialog->nameFilters().value(0), u"IXPKG files (*.ixpkg)"_s);
        QCOMPARE(dialog->nameFilters().value(1), u"All files (*)"_s);
        QCOMPARE(dialog->defaultSuffix(), u"ixpkg"_s);
        const QString path = after.filePath(u"Home Quote.ixpkg"_s);
        emit dialog->fileSelected(path);
        QCOMPARE(chosen, path);
        QCOMPARE(Transfers::startFolder(), after.path());
        dialog->close();
    }

    void aNameWithoutATypeOffersAllFiles()
    {
        QWidget parent;
        Transfers::askSavePath(&parent, u"Save"_s, u"README"_s, [](const QString &) {});
        auto *dialog = parent.findChild<QFileDialog *>(u"saveFileDialog"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->defaultSuffix(), QString());
        QCOMPARE(dialog->nameFilters().size(), 1); // Qt's own "All Files (*)"
        dialog->close();
    }

    void openingAndFoldersRememberToo()
    {
        QWidget parent;
        QTemporaryDir start, opened, folder;
        Transfers::rememberFolderOf(start.filePath(u"earlier.docx"_s));
        QStringList got;
        Transfers::askOpenPaths(&parent, u"Import"_s, u"Packages (*.ixpkg)"_s, true,
                                [&got](const QStringList &paths) { got = paths; });
        auto *open = parent.findChild<QFileDialog *>(u"openFileDialog"_s);
        QVERIFY(open);
        QCOMPARE(open->directory().absolutePath(), QDir(start.path()).absolutePath());
        const QStringList files{opened.filePath(u"a.ixpkg"_s), opened.filePath(u"b.ixpkg"_s)};
        emit open->filesSelected(files);
        QCOMPARE(got, files);
        QCOMPARE(Transfers::startFolder(), opened.path());
        open->close();

        QString chosen;
        Transfers::askFolder(&parent, u"Export to a folder"_s,
                             [&chosen](const QString &path) { chosen = path; });
        auto *dialog = parent.findChild<QFileDialog *>(u"folderDialog"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->fileMode(), QFileDialog::Directory);
        QCOMPARE(dialog->directory().absolutePath(), QDir(opened.path()).absolutePath());
        emit dialog->fileSelected(folder.path());
        QCOMPARE(chosen, folder.path());
        QCOMPARE(Transfers::startFolder(), folder.path());
        dialog->close();
    }
};

QTEST_MAIN(FileChoosersTest)
#include "tst_filechoosers.moc"
