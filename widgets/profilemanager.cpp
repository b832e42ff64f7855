// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilemanager.h"

#include "node/connectiontest.h"
#include "cookieprompt.h"
#include "filechooser.h"
#include "noticebar.h"
#include "profileeditor.h"
#include "profilelistmodel.h"
#include "profiles/profilecookie.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace beamtop {

namespace {
// Sorts on the raw role; shows each profile's colour tag as a swatch beside its name.
class ProfileProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == ProfileListModel::Name) {
            const QString colour = QSortFilterProxyModel::data(index, ProfileListModel::ColourRole).toString();
            if (colour.isEmpty())
                return {};
            QPixmap pm(12, 12);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(colour));
            p.drawRoundedRect(QRectF(0, 0, 12, 12), 3, 3);
            return pm;
        }
        return QSortFilterProxyModel::data(index, role);
    }
};
} // namespace

ProfileManager::ProfileManager(QWidget *parent, ProfileStore *store, SecretStore *secrets)
    : QDialog(parent),
      m_store(store ? store : new ProfileStore),
      m_ownStore(!store),
      m_secrets(secrets ? secrets : SecretStore::instance()),
      m_model(new ProfileListModel(this)),
      m_proxy(new ProfileProxy(this)),
      m_test(new ConnectionTest(this))
{
    setObjectName(QStringLiteral("profileManager"));
    setWindowTitle(tr("Profiles"));
    resize(820, 420);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RowTableModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("profiles"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(ProfileListModel::Node, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ProfileListModel::Cookie, QHeaderView::ResizeToContents);
    m_view->sortByColumn(ProfileListModel::LastConnected, Qt::DescendingOrder); // recent first
    connect(m_view, &QTableView::doubleClicked, this, [this] { connectSelected(); });

    auto button = [this](const QString &text, const QKeySequence &key, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setAutoDefault(false);
        if (!key.isEmpty()) {
            b->setShortcut(key);
            b->setToolTip(tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + QLatin1Char(')'));
        } else {
            b->setToolTip(tip);
        }
        return b;
    };
    m_connect = button(tr("C&onnect"), {}, tr("Connect to the selected node (Enter, or double-click)"));
    m_connect->setDefault(true);
    m_connect->setAutoDefault(true);
    auto *add = button(tr("&New…"), QKeySequence::New, tr("Save a new node"));
    m_edit = button(tr("&Edit…"), QKeySequence(Qt::Key_F2), tr("Change the selected profile"));
    m_duplicate = button(tr("D&uplicate…"), QKeySequence(Qt::CTRL | Qt::Key_D), tr("A new profile like the selected one, with its cookie"));
    m_delete = button(tr("&Delete"), QKeySequence::Delete, tr("Remove the selected profile and its cookie from the keychain"));
    m_testButton = button(tr("&Test Connection"), QKeySequence(Qt::CTRL | Qt::Key_T), tr("Connect once, without loading anything onto the node"));
    auto *import = button(tr("&Import…"), {}, tr("Add profiles from a JSON file someone shared (no cookies in it)"));
    import->setObjectName(QStringLiteral("importProfiles"));
    m_export = button(tr("E&xport…"), {}, tr("Save every profile as JSON to share with your team (without cookies)"));
    m_export->setObjectName(QStringLiteral("exportProfiles"));
    m_duplicate->setObjectName(QStringLiteral("duplicateProfile"));
    m_testButton->setObjectName(QStringLiteral("testProfile"));
    connect(m_connect, &QPushButton::clicked, this, &ProfileManager::connectSelected);
    connect(add, &QPushButton::clicked, this, &ProfileManager::newProfile);
    connect(m_edit, &QPushButton::clicked, this, &ProfileManager::editSelected);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfileManager::duplicateSelected);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(true); });
    connect(m_testButton, &QPushButton::clicked, this, &ProfileManager::testSelected);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = FileChooser::openFile(this, tr("Import Profiles"), QDir::homePath(),
                                                          tr("Beamtop profiles (*.json);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = FileChooser::saveFile(this, tr("Export Profiles"),
                                                          QDir::home().filePath(QStringLiteral("beamtop-profiles.json")),
                                                   QStringList{tr("Beamtop profiles (*.json)")});
        if (!path.isEmpty())
            exportFile(path);
    });

    auto *side = new QVBoxLayout;
    for (QPushButton *b : {m_connect, add, m_edit, m_duplicate, m_delete, m_testButton})
        side->addWidget(b);
    side->addSpacing(12);
    side->addWidget(import);
    side->addWidget(m_export);
    side->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_view, 1);
    row->addLayout(side);
    m_notice = new NoticeBar(this);
    m_notice->setObjectName(QStringLiteral("profilesNotice"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_notice);
    layout->addWidget(close);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProfileManager::updateButtons);
    connect(m_test, &ConnectionTest::finished, this, [this](bool ok, const QString &headline, const QString &detail) {
        m_notice->showNotice(ok ? NoticeBar::Kind::Info : NoticeBar::Kind::Error, headline, detail);
        emit testFinished(ok, headline);
    });
    reload();
    if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    else
        m_notice->showNotice(NoticeBar::Kind::Info, tr("No profiles yet. New… saves a node with its cookie in the "
                                                       "system keychain; then a double-click connects."));
    updateButtons();
    m_view->setFocus();
}

ProfileManager::~ProfileManager()
{
    if (m_ownStore)
        delete m_store;
}

ProfileEditor *ProfileManager::editor() const
{
    return findChild<ProfileEditor *>();
}

void ProfileManager::reload()
{
    m_model->setProfiles(m_store->profiles());
    m_view->resizeColumnToContents(ProfileListModel::Name);
    updateButtons();
}

std::optional<Profile> ProfileManager::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QString id = rows.first().data(RowTableModel::KeyRole).toString();
    if (const Profile *p = m_model->profile(id))
        return *p;
    return std::nullopt;
}

void ProfileManager::select(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
}

void ProfileManager::updateButtons()
{
    const bool any = selected().has_value();
    for (QPushButton *b : {m_connect, m_edit, m_duplicate, m_delete, m_testButton})
        b->setEnabled(any);
    m_export->setEnabled(m_model->rowCount() > 0);
}

ProfileEditor *ProfileManager::openEditor(const Profile &profile, const QByteArray &cookie)
{
    auto *editor = new ProfileEditor(profile, m_store, m_secrets, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (!cookie.isEmpty())
        editor->setCookie(cookie);
    connect(editor, &ProfileEditor::saved, this, [this](const Profile &p) {
        reload();
        select(p.id);
        m_notice->showNotice(NoticeBar::Kind::Info, tr("“%1” saved.").arg(p.name));
    });
    editor->open();
    return editor;
}

ProfileEditor *ProfileManager::newProfile()
{
    return openEditor(Profile());
}

ProfileEditor *ProfileManager::editSelected()
{
    const auto p = selected();
    return p ? openEditor(*p) : nullptr;
}

void ProfileManager::duplicateSelected()
{
    const auto original = selected();
    if (!original)
        return;
    Profile copy = *original;
    copy.id.clear();
    copy.lastConnected = {};
    copy.name = m_store->uniqueName(tr("%1 (copy)").arg(original->name));
    if (original->cookieSource != Profile::CookieSource::Keychain) {
        openEditor(copy);
        return;
    }
    // The copy gets its own keychain entry with the same cookie, once saved.
    m_secrets->read(original->secretKey(), this, [this, copy](const SecretResult &r) {
        ProfileEditor *e = openEditor(copy, r.ok() ? r.secret : QByteArray());
        if (!r.ok())
            m_notice->showNotice(NoticeBar::Kind::Warning,
                                 tr("The cookie of the original could not be read; type it for the copy."), r.message());
        Q_UNUSED(e)
    });
}

void ProfileManager::deleteSelected(bool confirm)
{
    const auto p = selected();
    if (!p)
        return;
    auto remove = [this, profile = *p] {
        QString why;
        if (!m_store->remove(profile.id, &why)) {
            m_notice->showNotice(NoticeBar::Kind::Error, why);
            return;
        }
        reload();
        m_notice->showNotice(NoticeBar::Kind::Info, tr("“%1” deleted.").arg(profile.name));
        if (profile.cookieSource != Profile::CookieSource::Keychain)
            return;
        m_secrets->remove(profile.secretKey(), this, [this, profile](const SecretResult &r) {
            if (r.ok() || r.status == SecretResult::Status::NotFound)
                return;
            m_notice->showNotice(NoticeBar::Kind::Warning,
                                 tr("“%1” deleted, but its cookie is still in the system keychain (service beamtop, "
                                    "key %2).").arg(profile.name, profile.secretKey()),
                                 r.message());
        });
    };
    if (!confirm) {
        remove();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Profile"),
                                tr("Delete the profile “%1” and its cookie?").arg(p->name),
                                QMessageBox::Cancel, this);
    box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [box, remove](QAbstractButton *b) {
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            remove();
    });
    box->open();
}

void ProfileManager::testSelected()
{
    const auto p = selected();
    if (!p)
        return;
    m_notice->showNotice(NoticeBar::Kind::Progress, tr("Connecting to %1…").arg(p->node));
    ProfileCookie::fetch(*p, m_secrets, this, [this, profile = *p](const ProfileCookie &c) {
        if (c.ok()) {
            runTest(profile, c.cookie);
            return;
        }
        if (c.status == ProfileCookie::Status::Failed && profile.cookieSource != Profile::CookieSource::Keychain) {
            m_notice->showNotice(NoticeBar::Kind::Error, c.error);
            return;
        }
        auto *prompt = new CookiePrompt(profile.name, profile.node, c.error, false, this);
        prompt->setAttribute(Qt::WA_DeleteOnClose);
        connect(prompt, &QDialog::accepted, this, [this, prompt, profile] { runTest(profile, prompt->cookie()); });
        connect(prompt, &QDialog::rejected, m_notice, &NoticeBar::clear);
        prompt->open();
    });
}

void ProfileManager::runTest(const Profile &profile, const QByteArray &cookie)
{
    m_notice->showNotice(NoticeBar::Kind::Progress, tr("Connecting to %1…").arg(profile.node));
    m_test->start(profile.connectOptions(cookie));
}

void ProfileManager::connectSelected()
{
    const auto p = selected();
    if (!p)
        return;
    emit connectRequested(*p);
    accept();
}

bool ProfileManager::importFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_notice->showNotice(NoticeBar::Kind::Error, tr("Cannot read %1.").arg(QDir::toNativeSeparators(path)), f.errorString());
        return false;
    }
    const ProfileStore::Parsed parsed = ProfileStore::parseJson(f.read(4 << 20));
    QStringList notes;
    const int n = m_store->importProfiles(parsed.profiles, &notes);
    reload();
    const QStringList all = parsed.problems + notes;
    m_notice->showNotice(parsed.problems.isEmpty() && n > 0 ? NoticeBar::Kind::Info : NoticeBar::Kind::Warning,
                         tr("Profiles imported from %1: %2. Cookies are not shared: Beamtop asks for each at the first connect.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(n),
                         all.join(QLatin1Char('\n')));
    return n > 0;
}

bool ProfileManager::exportFile(const QString &path)
{
    const QVector<Profile> profiles = m_store->profiles();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(ProfileStore::exportJson(profiles)) < 0 || !f.commit()) {
        m_notice->showNotice(NoticeBar::Kind::Error, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)), f.errorString());
        return false;
    }
    m_notice->showNotice(NoticeBar::Kind::Info, tr("Profiles exported to %1, without cookies: %2.")
                                                    .arg(QDir::toNativeSeparators(path))
                                                    .arg(profiles.size()));
    return true;
}

} // namespace beamtop
