# Helpers shared by the suite: the built module's manifest, and a separate pwsh process like the one
# running the tests (`dotnet pwsh` runs as dotnet + pwsh.dll), so what users load is what is tested.

$script:ModuleManifest = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot '../../../out/Easemob.PowerShell/Easemob.PowerShell.psd1'))

function Invoke-RealPwsh {
    # Runs $Command in a new pwsh process and returns its output lines; $LASTEXITCODE is its exit code.
    param([Parameter(Mandatory)] [string] $Command)
    $process = [Environment]::ProcessPath
    [string[]] $prefix = if ([System.IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') { @(Join-Path $PSHOME 'pwsh.dll') } else { @() }
    & $process @prefix -NoProfile -NonInteractive -Command $Command 2>&1
}
