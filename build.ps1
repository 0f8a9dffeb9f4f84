<#
.SYNOPSIS
    Builds and tests Easemob.PowerShell.
.DESCRIPTION
    Build: compiles the solution and lays out the module folder out/Easemob.PowerShell.
    Test:  builds, runs `dotnet test`, then the Pester suite in tests/Pester when Pester 5 is installed.
.EXAMPLE
    ./build.ps1 -Task Test
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE." }
}

Invoke-Dotnet build Easemob.PowerShell.sln -c $Configuration
$moduleFolder = Join-Path $PSScriptRoot 'out/Easemob.PowerShell'
Write-Host "Module laid out in $moduleFolder"

if ($Task -eq 'Test') {
    Invoke-Dotnet test Easemob.PowerShell.sln -c $Configuration --no-build

    $pester = Get-Module -ListAvailable Pester | Where-Object { $_.Version.Major -ge 5 } | Select-Object -First 1
    if ($pester) {
        Import-Module $pester
        $config = New-PesterConfiguration
        $config.Run.Path = Join-Path $PSScriptRoot 'tests/Pester'
        $config.Run.Exit = $false
        $config.Run.PassThru = $true
        $result = Invoke-Pester -Configuration $config
        if ($result.FailedCount -gt 0) { throw "$($result.FailedCount) Pester test(s) failed." }
    }
    else {
        Write-Warning 'Pester 5 is not installed: skipped tests/Pester (Install-Module Pester -MinimumVersion 5.0).'
    }
}
