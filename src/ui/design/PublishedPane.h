#pragma once

#include "ui/lists/ListPane.h"

namespace infiniti {

class FolderTreePanel;
class JsonListModel;

// Published projects (contract 4.2) per publish folder (4.3): publish a project into a folder,
// change its options, messages and output formats, un-publish; the folder tree beside it
// creates, renames and deletes publish folders and edits their group rights.
class PublishedPane : public ListPane
{
    Q_OBJECT
public:
    explicit PublishedPane(QWidget *parent = nullptr);
    QString title() const override { return tr("Published projects"); }
    void setSession(Session *session) override;
    void refresh() override;
    FolderTreePanel *folders() const { return m_folders; }

protected:
    QString countText(int n) const override;
    void openItem(const QJsonObject &item) override { openDialog(item); }
    void createItem() override { openDialog({}); }
    bool canCreate() const override { return true; }
    std::optional<ApiRequest> deleteRequest(const QJsonObject &item,
                                            QString *whyNot) const override;
    DeleteWords deleteWords() const override;
    QString itemLabel(const QJsonObject &item) const override;

private:
    void openDialog(const QJsonObject &item);
    JsonListModel *m_published;
    FolderTreePanel *m_folders;
};

} // namespace infiniti
