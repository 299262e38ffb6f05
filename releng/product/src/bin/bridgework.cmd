@echo off
rem bridgework.cmd: boots the product (Apache Felix) and runs a command in it, on Windows. See 'bridgework --help'.
rem Finds a Java runtime 21 or newer: %BRIDGEWORK_JAVA_HOME%, then %JAVA_HOME%, then java on PATH (as bin/bridgework does).
setlocal EnableExtensions EnableDelayedExpansion
set "BRIDGEWORK_HOME=%~dp0.."
for %%I in ("%BRIDGEWORK_HOME%") do set "BRIDGEWORK_HOME=%%~fI"

set "JAVA_EXE="
set "JAVA_MAJOR="
for %%C in ("%BRIDGEWORK_JAVA_HOME%" "%JAVA_HOME%") do (
  if not defined JAVA_EXE if not "%%~C"=="" if exist "%%~C\bin\java.exe" call :try "%%~C\bin\java.exe"
)
if not defined JAVA_EXE (
  for /f "delims=" %%J in ('where java 2^>nul') do if not defined JAVA_EXE call :try "%%~J"
)
if not defined JAVA_EXE (
  echo bridgework: needs a Java runtime 21 or newer and found none. 1>&2
  echo   Install one, for example Temurin 21 or 25, or point BRIDGEWORK_JAVA_HOME at it. 1>&2
  exit /b 2
)

set JAVA_OPTS=--enable-native-access=ALL-UNNAMED -Xss2m -XX:+UseSerialGC
rem Felix 7 still reads sun.misc.Unsafe; JDK 24+ warns on every start unless told it is allowed
if !JAVA_MAJOR! GEQ 24 set JAVA_OPTS=!JAVA_OPTS! --sun-misc-unsafe-memory-access=allow
rem Headless commands stop at the quick JIT compiler (as bin/bridgework: a short run spends more on the optimising one
rem than it wins); workbench, --daemon and --console keep both, as does a command given a file over 8 MB (a large
rem project), and BRIDGEWORK_JIT=full keeps both for any command
set "LONG_RUNNING=%BRIDGEWORK_JIT%"
for %%A in (%*) do (
  if /i "%%~A"=="workbench" set "LONG_RUNNING=full"
  if /i "%%~A"=="--daemon" set "LONG_RUNNING=full"
  if /i "%%~A"=="--console" set "LONG_RUNNING=full"
  if exist "%%~A" if not exist "%%~A\" if %%~zA GTR 8388608 set "LONG_RUNNING=full"
)
if /i not "!LONG_RUNNING!"=="full" set JAVA_OPTS=!JAVA_OPTS! -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=128m
"%JAVA_EXE%" %JAVA_OPTS% %BRIDGEWORK_JAVA_OPTS% "-Dbridgework.home=%BRIDGEWORK_HOME%" -cp "%BRIDGEWORK_HOME%\lib\*" org.bridgework.launcher.Main %*
exit /b %ERRORLEVEL%

rem :try JAVA.EXE - keeps it when its java.specification.version is 21 or newer
:try
set "major="
for /f "tokens=2 delims==" %%V in ('"%~1" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "major=%%V"
if not defined major goto :eof
set "major=%major: =%"
for /f "tokens=1 delims=." %%M in ("%major%") do set "major=%%M"
if %major% GEQ 21 (
  set "JAVA_EXE=%~1"
  set "JAVA_MAJOR=%major%"
)
goto :eof
