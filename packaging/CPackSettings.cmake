# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package (scripts/package.sh, tests/packaging/). Included from the top level after
# every install() rule, so the CPack configuration lands in the build directory's root.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME beamtop)
set(CPACK_PACKAGE_VENDOR "The Beamtop developers")
set(CPACK_PACKAGE_CONTACT "The Beamtop developers <beamtop@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "observer for Erlang and Elixir nodes")
# The extended description (the synopsis above is its first line); CPack indents it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Beamtop connects to a running Erlang or Elixir (BEAM) node as a hidden C node
and shows what is inside it: processes, schedulers, memory and allocators,
ports and sockets, ETS and Mnesia tables, applications and their supervision
trees, with charts of the load over time and alert rules.
.
It installs nothing on the node: a small agent is loaded while Beamtop is
connected and removes itself afterwards. The package holds the desktop
application (beamtop) and the command line (beamtop-cli), with a full-screen
terminal mode, JSON and CSV output for scripts, and a bundled demo node.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/beamtop/beamtop")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # beamtop_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
# The shared libraries' packages come from the binaries (dpkg-shlibdeps). erl is not linked,
# only started for --demo, and Qt's own catalogues (standard dialogs in German or French) are
# read when there: recommendations.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "erlang-base, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
