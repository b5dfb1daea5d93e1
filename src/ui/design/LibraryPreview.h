#pragma once

#include <QImage>
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace infiniti {

// The selected library item: images scaled to fit (with zoom), text as text, anything else
// with its icon and size; Save as…, History… and Replace… act on it.
class LibraryPreview : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPreview(QWidget *parent = nullptr);
    // The item whose file is on its way; none (an empty object) while `selected` rows are
    // selected (0, or several): then it says so, and its buttons wait for one.
    void setItem(const QJsonObject &item, int selected = 0);
    void setBytes(const QByteArray &bytes);
    void showMessage(const QString &text);
    QJsonObject item() const { return m_item; }
    // 0 = fit to the space; otherwise a percentage.
    int zoom() const { return m_zoom; }
    void setZoom(int percent);
    // What is showing: "message", "image", "text" or "other".
    QString mode() const;
    QString shownText() const;
    QSize shownImageSize() const;

signals:
    void saveAsRequested();
    void historyRequested();
    void replaceRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateImage();
    QJsonObject m_item;
    QByteArray m_bytes;
    QImage m_image;
    int m_zoom = 0;
    QLabel *m_title;
    QLabel *m_facts;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QScrollArea *m_scroll;
    QLabel *m_picture;
    QLabel *m_zoomLabel;
    QPlainTextEdit *m_text;
    QLabel *m_otherIcon;
    QLabel *m_otherText;
    QWidget *m_zoomBar;
    QPushButton *m_saveAs;
    QPushButton *m_history;
    QPushButton *m_replace;
};

} // namespace infiniti
