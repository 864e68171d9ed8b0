@echo off
rem Offline install of 客户登记册 for WPS 表格, as wpsjs' offline package does (copy.bat): the add-in folder
rem and publish.xml into %APPDATA%\kingsoft\wps\jsaddons. Close WPS first; it reads publish.xml when it starts.
chcp 65001 >nul
set source_folder={{folder}}
set destination_folder=%APPDATA%\kingsoft\wps\jsaddons
if not exist "%destination_folder%" mkdir "%destination_folder%"
if exist "%destination_folder%\publish.xml" (
  echo publish.xml already exists in %destination_folder%: add the jsplugin line of this folder's publish.xml to it.
) else (
  copy /Y "%~dp0publish.xml" "%destination_folder%\publish.xml"
)
xcopy /E /I /Y "%~dp0%source_folder%" "%destination_folder%\%source_folder%"
