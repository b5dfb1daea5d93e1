# Read by cpack for each generator it runs (CPACK_PROJECT_CONFIG_FILE), with CPACK_GENERATOR
# set to that one generator.
if(CPACK_GENERATOR STREQUAL "DEB")
    # CPackDeb puts CPACK_PACKAGE_DESCRIPTION_SUMMARY above each component's description unless
    # it is CPack's default; the first line of CPACK_DEBIAN_<COMPONENT>_DESCRIPTION is each
    # package's own synopsis.
    set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY}")
endif()
