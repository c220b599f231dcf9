# Install-time: puts breadcrumb.pth into the site directory that BREADCRUMB_PYTHON searches under
# CMAKE_INSTALL_PREFIX (the one with the fewest levels: /usr/lib/python3/dist-packages for /usr on
# Debian, lib/python3.X/dist-packages for /usr/local, the user site directory for ~/.local), holding the
# package directory relative to it.
execute_process(
    COMMAND "${BREADCRUMB_PYTHON}" -c
            "import os, site, sys; p = os.path.normpath(sys.argv[1]); d = sorted((x for x in site.getsitepackages() + [site.getusersitepackages()] if x.startswith(p + os.sep)), key=lambda x: x.count(os.sep)); print(os.path.relpath(d[0], p) if d else '')"
            "${CMAKE_INSTALL_PREFIX}"
    OUTPUT_VARIABLE site_dir OUTPUT_STRIP_TRAILING_WHITESPACE
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cannot ask ${BREADCRUMB_PYTHON} for its site directories")
endif()
if(site_dir)
  file(RELATIVE_PATH line "/p/${site_dir}" "/p/${BREADCRUMB_PACKAGE_DIR}")
  file(WRITE "${BREADCRUMB_PTH_FILE}" "${line}\n")
  file(INSTALL DESTINATION "${CMAKE_INSTALL_PREFIX}/${site_dir}" TYPE FILE FILES "${BREADCRUMB_PTH_FILE}")
else()
  message(STATUS "${BREADCRUMB_PYTHON} does not search ${CMAKE_INSTALL_PREFIX}: 'breadcrumb run' finds the "
                 "package by itself; for 'import breadcrumb' elsewhere, add "
                 "${CMAKE_INSTALL_PREFIX}/${BREADCRUMB_PACKAGE_DIR} to PYTHONPATH")
endif()
