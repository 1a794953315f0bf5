; Inno Setup 6 (6.3 or newer: x64compatible) script: a per-user installer for ReportDesk (no administrator
; rights needed; {autopf} is %LOCALAPPDATA%\Programs in that mode, Program Files if the user chooses all users).
; Build on Windows after `python packaging\build.py`:
;   iscc /DAppVersion=0.1.0 packaging\reportdesk.iss
; The installer takes dist\ReportDesk (the PyInstaller one-folder build) and writes Output\ReportDesk-Setup-<version>.exe.
; Uninstalling removes the program files only: the clerk's library lives in %LOCALAPPDATA%\ReportDesk
; (platformdirs' user data folder), outside {app}, and is never touched here.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E0E4E52-8C1B-4C67-9B7B-2F6D1A4C9E31}
AppName=ReportDesk
AppVersion={#AppVersion}
AppVerName=ReportDesk {#AppVersion}
AppPublisher=ReportDesk
DefaultDirName={autopf}\ReportDesk
DefaultGroupName=ReportDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\Output
OutputBaseFilename=ReportDesk-Setup-{#AppVersion}
SetupIconFile=..\resources\icon.ico
UninstallDisplayIcon={app}\ReportDesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "vi"; MessagesFile: "compiler:Default.isl,Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vi.DesktopIcon=Tạo lối tắt trên màn hình
en.DesktopIcon=Create a desktop shortcut
vi.PortableNote=Cài dạng di động (dữ liệu lưu cạnh chương trình)
en.PortableNote=Portable install (data kept beside the program)
vi.LaunchApp=Mở ReportDesk
en.LaunchApp=Start ReportDesk
vi.CliName=ReportDesk (dòng lệnh)
en.CliName=ReportDesk (command line)

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked
Name: "portable"; Description: "{cm:PortableNote}"; Flags: unchecked

[Files]
Source: "..\dist\ReportDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The marker that switches the program to portable mode (data in {app}\data).
Source: "portable.txt"; DestDir: "{app}"; Tasks: portable; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\ReportDesk"; Filename: "{app}\ReportDesk.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\ReportDesk"; Filename: "{app}\ReportDesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\ReportDesk.exe"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may leave in {app}; never %LOCALAPPDATA%\ReportDesk (the library).
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
