# SPDX-License-Identifier: GPL-3.0-or-later
# Finds libei (erl_interface) from Erlang/OTP. It ships no pkg-config or CMake file.
# Defines Ei_FOUND, Ei_INCLUDE_DIR, Ei_LIBRARY and the imported target Ei::Ei.
find_program(_ei_erl erl)
set(_ei_hints)
if(_ei_erl)
  execute_process(COMMAND ${_ei_erl} -noshell -eval "io:format(\"~s\", [code:lib_dir(erl_interface)]), halt()."
                  OUTPUT_VARIABLE _ei_libdir ERROR_QUIET RESULT_VARIABLE _ei_res TIMEOUT 30)
  if(_ei_res EQUAL 0 AND _ei_libdir)
    list(APPEND _ei_hints ${_ei_libdir})
  endif()
endif()
find_path(Ei_INCLUDE_DIR ei.h HINTS ${_ei_hints} PATH_SUFFIXES include PATHS /usr/lib/erlang/usr)
# libei.a is the thread-safe build; libei_st.a must not be used.
find_library(Ei_LIBRARY NAMES libei.a ei HINTS ${_ei_hints} PATH_SUFFIXES lib PATHS /usr/lib/erlang/usr)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Ei REQUIRED_VARS Ei_LIBRARY Ei_INCLUDE_DIR)
if(Ei_FOUND AND NOT TARGET Ei::Ei)
  add_library(Ei::Ei UNKNOWN IMPORTED)
  set_target_properties(Ei::Ei PROPERTIES IMPORTED_LOCATION "${Ei_LIBRARY}"
                        INTERFACE_INCLUDE_DIRECTORIES "${Ei_INCLUDE_DIR}"
                        INTERFACE_COMPILE_DEFINITIONS "_REENTRANT")
  target_link_libraries(Ei::Ei INTERFACE Threads::Threads)
endif()
mark_as_advanced(Ei_INCLUDE_DIR Ei_LIBRARY)
