; Kinerja Luring: the Windows installer (NSIS 3, stock MUI2 only, so makensis on Linux
; compiles it too). installer/build.py runs it with the values of the build:
;
;   makensis -DVERSION=0.1.0 -DVERSION4=0.1.0.0 -DSRCDIR=../dist/kinerja-luring
;            -DOUTFILE=../dist/KinerjaLuring-0.1.0-setup.exe installer/kinerja.nsi
;
; Per machine (Program Files, all users' start menu), upgrade in place (the old program files
; go first; data never lives here), and an uninstaller that leaves every user's data folder
; (%LOCALAPPDATA%\KinerjaLuring\KinerjaLuring: database, backups, outbox, logs) alone. A database
; from an older version is backed up and upgraded by the program on its first start.

Unicode true
!ifdef FAST
  SetCompress off ; -DFAST: CI's packaging check of the script, not for shipping
!else
  SetCompressor /SOLID /FINAL lzma
!endif
ManifestDPIAware true
RequestExecutionLevel admin

!ifndef VERSION
  !error "makensis -DVERSION=x.y.z (installer/build.py passes it from desktop_app/version.py)"
!endif
!ifndef VERSION4
  !define VERSION4 "${VERSION}.0"
!endif
!ifndef SRCDIR
  !define SRCDIR "..\dist\kinerja-luring"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\dist\KinerjaLuring-${VERSION}-setup.exe"
!endif
!ifndef EXE
  !define EXE "kinerja-luring.exe" ; the Linux check build passes -DEXE=kinerja-luring
!endif
!ifndef ICON
  !define ICON "..\resources\icons\kinerja.ico"
!endif

!define APP "Kinerja Luring"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\KinerjaLuring"
!define PROGRAM_DIR "_internal" ; PyInstaller's folder next to the exe

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} ${VERSION} setup"
VIAddVersionKey /LANG=0 "CompanyName" "${APP}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${APP}"

!include MUI2.nsh
!include LogicLib.nsh
!include x64.nsh
!include WinVer.nsh
!include FileFunc.nsh

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING

!define MUI_WELCOMEPAGE_TEXT "$(WELCOME_TEXT)"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_TEXT "$(FINISH_TEXT)"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(UN_DATA_KEPT)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the fallback when Windows speaks neither.
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"

LangString WELCOME_TEXT ${LANG_INDONESIAN} "Program ini memasang ${APP} ${VERSION} untuk semua pengguna komputer ini.$\r$\n$\r$\nBila versi sebelumnya sudah terpasang, versi itu diganti. Data Anda tidak disentuh: basis data tetap di folder data setiap pengguna, dan pada awal pertama versi baru basis data dicadangkan dulu, lalu diperbarui.$\r$\n$\r$\nTutup ${APP} sebelum melanjutkan."
LangString WELCOME_TEXT ${LANG_ENGLISH} "This installs ${APP} ${VERSION} for all users of this computer.$\r$\n$\r$\nAn earlier version, if installed, is replaced. Your data is not touched: the database stays in each user's data folder, and on the first start of the new version it is backed up first, then upgraded.$\r$\n$\r$\nClose ${APP} before you continue."
LangString FINISH_TEXT ${LANG_INDONESIAN} "${APP} ${VERSION} sudah terpasang. Bukalah dari menu Start.$\r$\n$\r$\nData tersimpan di folder data setiap pengguna (%LOCALAPPDATA%\KinerjaLuring), bukan di folder program."
LangString FINISH_TEXT ${LANG_ENGLISH} "${APP} ${VERSION} is installed. Start it from the Start menu.$\r$\n$\r$\nData is kept in each user's data folder (%LOCALAPPDATA%\KinerjaLuring), not in the program folder."
LangString UN_DATA_KEPT ${LANG_INDONESIAN} "${APP} akan dihapus dari komputer ini. Data Anda TIDAK dihapus: basis data, cadangan, paket kiriman dan log tetap di folder data setiap pengguna (%LOCALAPPDATA%\KinerjaLuring\KinerjaLuring). Hapus folder itu sendiri hanya bila datanya benar-benar tidak diperlukan lagi."
LangString UN_DATA_KEPT ${LANG_ENGLISH} "${APP} will be removed from this computer. Your data is NOT deleted: the database, backups, sent packages and logs stay in each user's data folder (%LOCALAPPDATA%\KinerjaLuring\KinerjaLuring). Delete that folder yourself only if the data is truly no longer needed."
LangString CLOSE_APP ${LANG_INDONESIAN} "${APP} masih terbuka. Tutup semua jendela ${APP}, lalu pilih Coba lagi."
LangString CLOSE_APP ${LANG_ENGLISH} "${APP} is still open. Close every ${APP} window, then choose Retry."
LangString NEEDS_WIN10 ${LANG_INDONESIAN} "${APP} memerlukan Windows 10 atau Windows 11 64-bit."
LangString NEEDS_WIN10 ${LANG_ENGLISH} "${APP} needs 64-bit Windows 10 or Windows 11."

Function .onInit
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "$(NEEDS_WIN10)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  ; an upgrade goes where the previous version is
  ReadRegStr $0 HKLM "${UNINST_KEY}" "InstallLocation"
  ${If} $0 != ""
    StrCpy $INSTDIR $0
  ${EndIf}
FunctionEnd

; Remove the previous program files before copying the new ones (files a newer PyInstaller or
; Qt no longer ships must not linger). Only our own names are removed, never the folder as a
; whole: the user may have chosen a folder that holds other things.
Function RemoveOldProgram
  ${If} ${FileExists} "$INSTDIR\${EXE}"
    retry:
    ClearErrors
    Delete "$INSTDIR\${EXE}"
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(CLOSE_APP)" /SD IDCANCEL IDRETRY retry
      Abort
    ${EndIf}
  ${EndIf}
  RMDir /r "$INSTDIR\${PROGRAM_DIR}"
FunctionEnd

Section "-${APP}"
  SetShellVarContext all
  SetRegView 64
  Call RemoveOldProgram
  SetOutPath "$INSTDIR"
  File /r "${SRCDIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "${APP}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Function un.onInit
  SetRegView 64
FunctionEnd

; Program files only: every user's data folder and settings stay where they are.
Section "Uninstall"
  SetShellVarContext all
  SetRegView 64
  retry:
  ClearErrors
  Delete "$INSTDIR\${EXE}"
  ${If} ${Errors}
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(CLOSE_APP)" /SD IDCANCEL IDRETRY retry
    Abort
  ${EndIf}
  Delete "$SMPROGRAMS\${APP}.lnk"
  RMDir /r "$INSTDIR\${PROGRAM_DIR}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR" ; only when empty
  DeleteRegKey HKLM "${UNINST_KEY}"
SectionEnd
