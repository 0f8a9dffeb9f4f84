<#
.SYNOPSIS
    Decommissions the chatrooms listed in a CSV (column Id), as an unattended runbook.
.DESCRIPTION
    Connects with the EASEMOB_* environment variables, removes every listed chatroom, and writes
    removed.csv and failures.csv to -ReportFolder. Exit codes: 0 every chatroom removed, 1 some failed
    (see failures.csv), 2 nothing done (cannot connect or read the list). -WhatIf removes nothing.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)] [string] $Path,
    [string] $ReportFolder = '.'
)

try {
    $rows = Import-Csv -Path $Path -ErrorAction Stop
    Connect-EmApp -ErrorAction Stop
}
catch {
    Write-Error "Nothing removed: $($_.Exception.Message)" -ErrorAction Continue
    exit 2
}

# Per-item failures are collected, not fatal: the other chatrooms are still removed.
$removed = $rows | Remove-EmChatroom -Force -PassThru -ErrorVariable failures -ErrorAction SilentlyContinue

$null = New-Item -ItemType Directory -Force -Path $ReportFolder
$removed | Select-Object Id | Export-Csv (Join-Path $ReportFolder 'removed.csv') -NoTypeInformation
$failures | ForEach-Object {
    [pscustomobject]@{ Id = "$($_.TargetObject)"; Error = $_.FullyQualifiedErrorId; Message = $_.Exception.Message }
} | Export-Csv (Join-Path $ReportFolder 'failures.csv') -NoTypeInformation

exit $(if ($failures) { 1 } else { 0 })
