@echo off
rem dssa: the dssa-map command line, as installed from the distribution archive (bin\, lib\).
rem Set JAVA_HOME to choose the JVM (Java 17 or later), DSSA_JAVA_OPTS to pass JVM options (e.g. -Xmx4g).
setlocal
set "DSSA_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" %DSSA_JAVA_OPTS% -cp "%DSSA_HOME%\lib\*" org.dssamap.cli.Dssa %*
exit /b %ERRORLEVEL%
