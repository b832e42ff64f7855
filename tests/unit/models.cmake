# Model and formatting unit tests (no node needed). Included from CMakeLists.txt.
beamtop_add_test(tst_models SOURCES tst_models.cpp LIBS beamtop_models LABELS unit)
beamtop_add_test(tst_format SOURCES tst_format.cpp LIBS beamtop_models LABELS unit)
beamtop_add_test(tst_processmodel SOURCES tst_processmodel.cpp LIBS beamtop_models LABELS unit)
beamtop_add_test(tst_rankedmodel SOURCES tst_rankedmodel.cpp LIBS beamtop_models LABELS unit)
beamtop_add_test(tst_treemodel SOURCES tst_treemodel.cpp LIBS beamtop_models LABELS unit)
beamtop_add_test(tst_chartaxis SOURCES tst_chartaxis.cpp LIBS beamtop_models LABELS unit)
beamtop_add_test(tst_allocmodels SOURCES tst_allocmodels.cpp LIBS beamtop_models Qt6::Widgets LABELS unit)
beamtop_add_test(tst_portmodels SOURCES tst_portmodels.cpp LIBS beamtop_models LABELS unit)
