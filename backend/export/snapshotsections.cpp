// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotassembler.h"

#include "allocatorssection.h"
#include "applicationssection.h"
#include "distributionsection.h"
#include "etssection.h"
#include "mnesiasection.h"
#include "portssection.h"
#include "processessection.h"
#include "schedulerssection.h"
#include "systemsection.h"

namespace beamtop {

namespace {
template<typename T>
SnapshotSection *make(NodeSession *session, QObject *parent)
{
    return new T(session, parent);
}
} // namespace

// One line per view, in the order of the text snapshot.
const std::vector<SnapshotAssembler::Factory> &SnapshotAssembler::sections()
{
    static const std::vector<Factory> all = {
        &make<SystemSection>,
        &make<SchedulersSection>,
        &make<AllocatorsSection>,
        &make<ProcessesSection>,
        &make<PortsSection>,
        &make<DistributionSection>,
        &make<EtsSection>,
        &make<MnesiaSection>,
        &make<ApplicationsSection>,
    };
    return all;
}

} // namespace beamtop
