@echo off
rem qorgan launcher for Windows: runs the jar in UTF-8; in the source tree it builds the jar on first use.
setlocal
set "HERE=%~dp0"
rem The download (qorgan-VERSION-windows.zip) has the jar in lib\.
set "JAR=%HERE%lib\qorgan.jar"
if not exist "%JAR%" set "JAR=%HERE%target\qorgan.jar"
if not exist "%JAR%" (
  where mvn >nul 2>nul || (echo qorgan: Maven ^(mvn^) is needed to build qorgan the first time. 1>&2 & exit /b 1)
  echo qorgan: building ^(first run only^)... 1>&2
  pushd "%HERE%"
  call mvn -B -q -DskipTests package 1>&2
  if errorlevel 1 (popd & echo qorgan: the build failed; see the messages above. 1>&2 & exit /b 1)
  popd
)
rem A run lasts a fraction of a second: the quick JIT alone (C1), the serial GC and
rem no perf-data file start sooner and use less memory; JVM warnings go to stderr, never into a document.
rem (The AppCDS archives that ./qorgan makes in the background are not made here.)
set "QORGAN_JVM=-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:CompileThresholdScaling=3 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto -Xlog:disable -Xlog:all=warning:stderr"
rem Kazakh letters need the UTF-8 code page in the console.
for /f "tokens=2 delims=:." %%c in ('chcp') do set "OLDCP=%%c"
chcp 65001 >nul
java %QORGAN_JVM% -XX:+DisplayVMOutputToStderr "-XX:ErrorFile=%TEMP%\qorgan-hs_err-%%p.log" %QORGAN_JAVA_OPTS% -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -jar "%JAR%" %*
set "RC=%ERRORLEVEL%"
chcp %OLDCP% >nul
exit /b %RC%
