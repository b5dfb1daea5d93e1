#include "ui/design/LibraryUploadDialog.h"
#include "ui/common/CellTable.h"
#include "ui/shell/Theme.h"

#include "api/endpoints/LibraryEndpoints.h"

#include "ui_LibraryUploadDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
enum Column {
    FileColumn,
    NameColumn,
    TypeColumn,
    CategoryColumn,
    FolderColumn,
    DescriptionColumn,
    ColumnCount
};

// A cell that may be changed, and looks it: an empty one says what goes there (in the
// placeholder's colour), a chooser's shows the arrow of the combo box that edits it (offering the
// values the library already uses).
class EditableCell : public QStyledItemDelegate
{
public:
    EditableCell(QString placeholder, std::optional<QStringList> choices, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_placeholder(std::move(placeholder))
        , m_choices(std::move(choices))
    {
    }
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        const int arrow = m_choices ? opt.fontMetrics.height() : 0;
        if (opt.text.isEmpty() && !m_placeholder.isEmpty()) {
            opt.text = m_placeholder;
            opt.palette.setColor(QPalette::Text, opt.palette.color(QPalette::PlaceholderText));
        }
        opt.rect.setRight(opt.rect.right() - arrow);
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        if (arrow == 0)
            return;
        QStyleOption down;
        down.initFrom(opt.widget);
        down.rect =
            QRect(option.rect.right() - arrow, option.rect.top(), arrow, option.rect.height())
                .adjusted(3, 3, -3, -3);
        if (opt.state & QStyle::State_Selected)
            down.palette.setColor(QPalette::ButtonText,
                                  opt.palette.color(QPalette::HighlightedText));
        style->drawPrimitive(QStyle::PE_IndicatorArrowDown, &down, painter, opt.widget);
    }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (!m_choices)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *box = new QComboBox(parent);
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->addItems(*m_choices);
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor); box && m_choices)
            box->setCurrentText(index.data(Qt::EditRole).toString());
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor); box && m_choices)
            model->setData(index, box->currentText().trimmed(), Qt::EditRole);
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    QString m_placeholder;
    std::optional<QStringList> m_choices;
};
} // namespace

LibraryUploadDialog::LibraryUploadDialog(const QStringList &paths, const Choices &choices,
                                         QWidget *parent)
    : QDialog(parent)
    , m_paths(paths)
    , m_ui(std::make_unique<Ui::LibraryUploadDialog>())
{
    m_ui->setupUi(this);
    m_table = m_ui->uploadTable;
    Q_ASSERT(m_table->columnCount() == ColumnCount);
    // What may be changed looks it (the file itself may not): a chooser's arrow, a word in an
    // empty cell, a tooltip; a click on a chosen row's cell or typing starts the change.
    const QString choose = tr("choose or type");
    m_table->setItemDelegateForColumn(NameColumn, new EditableCell(tr("a name"), {}, m_table));
    m_table->setItemDelegateForColumn(TypeColumn, new EditableCell(choose, choices.types, m_table));
    m_table->setItemDelegateForColumn(CategoryColumn,
                                      new EditableCell(choose, choices.categories, m_table));
    m_table->setItemDelegateForColumn(FolderColumn,
                                      new EditableCell(choose, choices.folders, m_table));
    m_table->setItemDelegateForColumn(DescriptionColumn,
                                      new EditableCell(tr("optional"), {}, m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                             QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    const QString category = choices.defaults.value("category"_L1).toString();
    const QString folder = choices.defaults.value("folderName"_L1).toString();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QString problem;
        if (!info.exists() || !info.isFile())
            problem = tr("not a file");
        else if (!info.isReadable())
            problem = tr("cannot be read");
        else if (info.size() == 0)
            problem = tr("is empty");
        else if (LibraryEndpoints::extensionOf(path).isEmpty())
            problem = tr("has no extension, so its type is unknown");
        auto *file = new QTableWidgetItem(
            problem.isEmpty()
                ? tr("%1 (%2)").arg(info.fileName(), QLocale().formattedDataSize(info.size()))
                : tr("%1 — %2").arg(info.fileName(), problem));
        file->setFlags(Qt::ItemIsEnabled |
                       (problem.isEmpty() ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
        if (problem.isEmpty())
            file->setCheckState(Qt::Checked);
        else
            file->setForeground(Theme::errorColor());
        file->setToolTip(path);
        m_table->setItem(row, FileColumn, file);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(info.completeBaseName()));
        m_table->setItem(row, TypeColumn,
                         new QTableWidgetItem(LibraryEndpoints::typeForFile(path)));
        m_table->setItem(row, CategoryColumn, new QTableWidgetItem(category));
        m_table->setItem(row, FolderColumn, new QTableWidgetItem(folder));
        m_table->setItem(row, DescriptionColumn, new QTableWidgetItem(QString()));
        for (int c = NameColumn; c < ColumnCount; ++c)
            m_table->item(row, c)->setToolTip(tr("Click, or start typing, to change it"));
        m_usable << problem.isEmpty();
    }
    m_table->resizeColumnsToContents();
    for (const int column :
         {TypeColumn, CategoryColumn, FolderColumn}) // room for the chooser, even when empty
        m_table->setColumnWidth(column,
                                qMax(m_table->columnWidth(column),
                                     fontMetrics().horizontalAdvance(QLatin1Char('x')) * 20));
    QDialogButtonBox *buttons = m_ui->buttons;
    m_upload = buttons->addButton(tr("&Upload"), QDialogButtonBox::AcceptRole);
    m_upload->setObjectName(u"uploadButton"_s);
    m_upload->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, &LibraryUploadDialog::check);
    check();
}

LibraryUploadDialog::~LibraryUploadDialog()
{
    // A cell still being edited is committed as the table goes: not to this half-gone sheet.
    disconnect(m_table, nullptr, this, nullptr);
}

int LibraryUploadDialog::rowCount() const
{
    return m_table->rowCount();
}

QList<LibraryUploadDialog::Upload> LibraryUploadDialog::uploads() const
{
    QList<Upload> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (!m_usable.at(row) || m_table->item(row, FileColumn)->checkState() != Qt::Checked)
            continue;
        auto text = [&](int column) {
            return m_table->item(row, column)->text().trimmed();
        };
        out.append({m_paths.at(row),
                    {{"name"_L1, text(NameColumn)},
                     {"type"_L1, text(TypeColumn)},
                     {"category"_L1, text(CategoryColumn)},
                     {"folderName"_L1, text(FolderColumn)},
                     {"description"_L1, text(DescriptionColumn)}}});
    }
    return out;
}

void LibraryUploadDialog::check()
{
    QStringList problems;
    QStringList names;
    bool blocking = false;
    for (const Upload &u : uploads()) {
        const QString name = u.metadata.value("name"_L1).toString();
        if (name.isEmpty())
            problems << tr("%1 needs a name.").arg(QFileInfo(u.path).fileName());
        else if (names.contains(name, Qt::CaseInsensitive))
            problems << tr("The name “%1” is given twice.").arg(name);
        blocking = blocking || name.isEmpty() || names.contains(name, Qt::CaseInsensitive);
        names << name;
    }
    const int unusable = int(std::count(m_usable.begin(), m_usable.end(), false));
    if (unusable > 0)
        problems << tr("%n file(s) cannot be added and are left out.", nullptr, unusable);
    m_ui->uploadProblems->setText(problems.join(QLatin1Char(' ')));
    m_upload->setEnabled(!uploads().isEmpty() && !blocking);
}

} // namespace infiniti
