@echo off
rem dssa: the dssa-map command line, as installed from the distribution archive (bin\, lib\).
rem Set JAVA_HOME to choose the JVM (Java 17 or later), DSSA_JAVA_OPTS to pass JVM options (e.g. -Xmx4g).
setlocal
set "DSSA_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
rem The throughput collector, as bin/dssa chooses it, unless DSSA_JAVA_OPTS, JDK_JAVA_OPTIONS, JAVA_TOOL_OPTIONS or
rem _JAVA_OPTIONS choose a collector or name an argument or flags file.
set "DSSA_GC=-XX:+UseParallelGC"
echo.%DSSA_JAVA_OPTS% %JDK_JAVA_OPTIONS% %JAVA_TOOL_OPTIONS% %_JAVA_OPTIONS%| findstr /l /c:"-XX:+UseSerialGC" /c:"-XX:+UseParallelGC" /c:"-XX:+UseG1GC" /c:"-XX:+UseZGC" /c:"-XX:+UseShenandoahGC" /c:"-XX:+UseEpsilonGC" /c:"-XX:+UseConcMarkSweepGC" /c:"@" /c:"-XX:Flags=" /c:"-XX:VMOptionsFile=" >nul && set "DSSA_GC="
"%JAVA%" %DSSA_GC% %DSSA_JAVA_OPTS% -cp "%DSSA_HOME%\lib\*" org.dssamap.cli.Dssa %*
exit /b %ERRORLEVEL%
