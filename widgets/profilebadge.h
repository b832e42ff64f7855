// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace beamtop {

// The colour tag of the profile a window shows: the profile's name on its colour, so windows of
// different nodes (production, staging) are told apart at a glance. Hidden without a profile.
class ProfileBadge : public QLabel
{
    Q_OBJECT
public:
    explicit ProfileBadge(QWidget *parent = nullptr);

    // colour: "#rrggbb", or empty for the window's own colours.
    void setProfile(const QString &name, const QString &colour, const QString &toolTip = {});
    void clearProfile();
    QString colour() const { return m_colour; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QString m_colour;
};

} // namespace beamtop
