#include "ui/design/LibraryPreview.h"

#include "formats/Json.h"
#include "models/DisplayText.h"

#include <QBuffer>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infiniti {

namespace {
enum Page { MessagePage, ImagePage, TextPage, OtherPage };
}

LibraryPreview::LibraryPreview(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_picture(new QLabel)
    , m_zoomLabel(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_otherIcon(new QLabel(this))
    , m_otherText(new QLabel(this))
    , m_zoomBar(new QWidget(this))
    , m_saveAs(new QPushButton(tr("&Save as…"), this))
    , m_history(new QPushButton(tr("H&istory…"), this))
    , m_replace(new QPushButton(tr("Re&place…"), this))
{
    setObjectName(u"libraryPreview"_s);
    m_title->setObjectName(u"previewTitle"_s);
    m_facts->setObjectName(u"previewFacts"_s);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setObjectName(u"previewMessage"_s);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setObjectName(u"previewImage"_s);
    m_scroll->setWidget(m_picture);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_text->setReadOnly(true);
    m_text->setObjectName(u"previewText"_s);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::GeneralFont));
    auto *other = new QWidget(this);
    auto *otherLayout = new QVBoxLayout(other);
    otherLayout->addStretch();
    otherLayout->addWidget(m_otherIcon, 0, Qt::AlignHCenter);
    otherLayout->addWidget(m_otherText, 0, Qt::AlignHCenter);
    otherLayout->addStretch();
    m_otherText->setAlignment(Qt::AlignCenter);
    m_otherText->setWordWrap(true);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_text);
    m_stack->addWidget(other);

    auto zoomButton = [this](const QString &text, const QString &tip, int percent) {
        auto *b = new QToolButton(m_zoomBar);
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip); // "−" and "+" say nothing to a screen reader
        connect(b, &QToolButton::clicked, this, [this, percent] {
            if (percent == -1)
                setZoom(qMax(10, (m_zoom == 0 ? 100 : m_zoom) - 25));
            else if (percent == -2)
                setZoom(qMin(800, (m_zoom == 0 ? 100 : m_zoom) + 25));
            else
                setZoom(percent);
        });
        return b;
    };
    auto *zoomLayout = new QHBoxLayout(m_zoomBar);
    zoomLayout->setContentsMargins(0, 0, 0, 0);
    zoomLayout->addWidget(zoomButton(tr("Fit"), tr("Scale to the space"), 0));
    zoomLayout->addWidget(zoomButton(tr("100%"), tr("Actual size"), 100));
    zoomLayout->addWidget(zoomButton(tr("−"), tr("Zoom out"), -1));
    zoomLayout->addWidget(zoomButton(tr("+"), tr("Zoom in"), -2));
    zoomLayout->addWidget(m_zoomLabel);
    zoomLayout->addStretch();

    m_saveAs->setObjectName(u"previewSaveAs"_s);
    m_history->setObjectName(u"previewHistory"_s);
    m_replace->setObjectName(u"previewReplace"_s);
    connect(m_saveAs, &QPushButton::clicked, this, &LibraryPreview::saveAsRequested);
    connect(m_history, &QPushButton::clicked, this, &LibraryPreview::historyRequested);
    connect(m_replace, &QPushButton::clicked, this, &LibraryPreview::replaceRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveAs);
    buttons->addWidget(m_history);
    buttons->addWidget(m_replace);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_zoomBar);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    setItem({});
}

void LibraryPreview::setItem(const QJsonObject &item, int selected)
{
    m_item = item;
    m_bytes.clear();
    m_image = QImage();
    const bool any = !item.isEmpty();
    m_title->setText(any ? Json::string(item, "name"_L1) : QString());
    QStringList facts;
    if (any) {
        const QString type = Json::string(item, "type"_L1);
        const qint64 size = Json::value(item, "size"_L1).toVariant().toLongLong();
        facts << u"%1 %2"_s.arg(type, Json::string(item, "extension"_L1));
        if (size > 0)
            facts << QLocale().formattedDataSize(size);
        const QString version = Json::id(Json::value(item, "version"_L1));
        if (!version.isEmpty())
            facts << tr("version %1").arg(version);
        const QDateTime when =
            QDateTime::fromString(Json::string(item, "modifiedDateTime"_L1), Qt::ISODateWithMs);
        const QString by = Json::string(item, "modifiedBy"_L1);
        if (when.isValid())
            facts << (by.isEmpty() ? tr("changed %1").arg(DisplayText::dateTime(when))
                                   : tr("changed %1 by %2").arg(DisplayText::dateTime(when), by));
        const QString description = Json::string(item, "description"_L1);
        if (!description.isEmpty())
            facts << description;
    }
    m_facts->setText(facts.join(u" · "_s));
    m_facts->setVisible(any);
    m_zoomBar->hide();
    for (auto *b : {m_saveAs, m_history, m_replace})
        b->setEnabled(false);
    m_history->setEnabled(any);
    m_replace->setEnabled(any);
    showMessage(any ? tr("Loading…")
                : selected > 1
                    ? tr("%n items selected: select one to preview it.", nullptr, selected)
                    : tr("Select an item to preview it."));
}

void LibraryPreview::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentIndex(MessagePage);
}

void LibraryPreview::setBytes(const QByteArray &bytes)
{
    m_bytes = bytes;
    m_saveAs->setEnabled(true);
    const QString type = Json::string(m_item, "type"_L1);
    const QString extension = Json::string(m_item, "extension"_L1).toLower();
    QBuffer buffer(&m_bytes);
    QImageReader reader(&buffer);
    if (type.compare("Image"_L1, Qt::CaseInsensitive) == 0 || reader.canRead()) {
        QImage image = reader.read();
        if (!image.isNull()) {
            m_image = std::move(image);
            m_zoomBar->show();
            m_stack->setCurrentIndex(ImagePage);
            updateImage();
            return;
        }
    }
    static const QStringList textTypes = {u".txt"_s, u".md"_s,  u".htm"_s,  u".html"_s,
                                          u".xml"_s, u".csv"_s, u".json"_s, u".rtf"_s};
    if (type.compare("Text"_L1, Qt::CaseInsensitive) == 0 || textTypes.contains(extension)) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8.decode(bytes);
        if (utf8.hasError())
            text = QString::fromLatin1(
                bytes); // not UTF-8: show the bytes as Latin-1 rather than nothing
        m_text->setPlainText(text);
        m_stack->setCurrentIndex(TextPage);
        return;
    }
    m_otherIcon->setPixmap(style()->standardIcon(QStyle::SP_FileIcon).pixmap(64, 64));
    m_otherText->setText(tr("%1 file, %2.\nNo preview for this type: use Save as… to open it.")
                             .arg(extension.isEmpty() ? tr("A") : extension,
                                  QLocale().formattedDataSize(bytes.size())));
    m_stack->setCurrentIndex(OtherPage);
}

void LibraryPreview::setZoom(int percent)
{
    m_zoom = percent;
    updateImage();
}

void LibraryPreview::updateImage()
{
    if (m_image.isNull())
        return;
    QSize target = m_image.size();
    if (m_zoom == 0) {
        const QSize room = m_scroll->viewport()->size() - QSize(8, 8);
        if (target.width() > room.width() || target.height() > room.height())
            target.scale(room, Qt::KeepAspectRatio);
        m_zoomLabel->setText(
            tr("Fit (%1%)").arg(qRound(100.0 * target.width() / qMax(1, m_image.width()))));
    } else {
        target = m_image.size() * (m_zoom / 100.0);
        m_zoomLabel->setText(tr("%1%").arg(m_zoom));
    }
    m_zoomLabel->setToolTip(tr("%1 × %2 pixels").arg(m_image.width()).arg(m_image.height()));
    m_picture->setPixmap(QPixmap::fromImage(m_image.scaled(
        target.expandedTo(QSize(1, 1)), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void LibraryPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_zoom == 0)
        updateImage();
}

QString LibraryPreview::mode() const
{
    switch (m_stack->currentIndex()) {
    case ImagePage:
        return u"image"_s;
    case TextPage:
        return u"text"_s;
    case OtherPage:
        return u"other"_s;
    default:
        return u"message"_s;
    }
}

QString LibraryPreview::shownText() const
{
    return mode() == "text"_L1 ? m_text->toPlainText() : m_message->text();
}

QSize LibraryPreview::shownImageSize() const
{
    return m_image.size();
}

} // namespace infiniti
