# SPDX-License-Identifier: GPL-3.0-or-later
# beamtop_erlc(OUT_VAR OUTDIR src.erl...) compiles Erlang sources with erlc at build time.
function(beamtop_erlc out_var outdir)
  set(beams)
  foreach(src IN LISTS ARGN)
    get_filename_component(name ${src} NAME_WE)
    get_filename_component(abs ${src} ABSOLUTE)
    set(beam ${outdir}/${name}.beam)
    add_custom_command(OUTPUT ${beam}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${outdir}
      COMMAND ${ERLC_EXECUTABLE} -Werror +deterministic -o ${outdir} ${abs}
      DEPENDS ${abs}
      COMMENT "erlc ${name}.erl"
      VERBATIM)
    list(APPEND beams ${beam})
  endforeach()
  set(${out_var} ${beams} PARENT_SCOPE)
endfunction()
