<#
.SYNOPSIS
    Builds, tests, packages and demonstrates Easemob.PowerShell.
.DESCRIPTION
    Run it in the pinned PowerShell (`dotnet tool restore`, then `dotnet pwsh ./build.ps1 ...`).

    Build:   compiles the solution and lays out the module folder out/Easemob.PowerShell.
    Test:    builds, runs `dotnet test` (xunit), then the Pester suite in tests/Pester once with each Pester
             version restored from NuGet (5.9.1 and 6.2.0, .config/Pester.csproj; no PowerShell Gallery),
             each in a new pwsh. Results go to tests/TestResults (a .trx per xunit project, a
             Pester-<version>.xml per Pester run in NUnit 3 format). Fails if any test of any run fails.
    Demo:    builds, then tours the module on the embedded emulator: listing, details, members, mutes, a
             bulk create from CSV, -WhatIf, an error caught by type and paging. Leaves nothing running.
    Shell:   builds, then opens an interactive pwsh with the module imported and a seeded emulator
             connected ($emu); `exit` leaves it and stops the emulator.
    Package: builds (unless -NoBuild), then writes to -OutputPath (default out/package):
               Easemob.PowerShell/                    the module folder as Publish-Module -Path and
                                                      Publish-PSResource -Path take it
               Easemob.PowerShell.<version>.nupkg     the same files as a PowerShell Gallery package,
                                                      for Publish-PSResource -NupkgPath
             The whole laid-out module folder is packaged, subfolders included. Every value of the
             package (id, version, authors, description, tags, project and license URIs, release
             notes) comes from the module manifest, Easemob.PowerShell.psd1, the one place the version
             is written. The manifest must pass Test-ModuleManifest, every file it names must exist and
             PrivateData.PSData must have Tags, ProjectUri, LicenseUri and ReleaseNotes; otherwise the
             task fails before writing anything. No network, nuget.exe or PowerShellGet is needed.
             The task outputs an object with the Version, the ModuleFolder and the Package path.
.PARAMETER Task
    Build (the default), Test, Demo, Shell or Package.
.PARAMETER Configuration
    The build configuration, Release by default.
.PARAMETER OutputPath
    Package: the folder to write the module folder and the .nupkg to (default out/package). Only
    Easemob.PowerShell/ and the .nupkg of this version in it are replaced.
.PARAMETER ModulePath
    Package: the laid-out module folder to package (default out/Easemob.PowerShell, where the build
    puts it).
.PARAMETER NoBuild
    Package, Demo, Shell: use the module folder as it is, without building first.
.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1 -Task Demo
.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Test
.EXAMPLE
    ./build.ps1 -Task Package

    Builds in Release and writes out/package/Easemob.PowerShell/ and out/package/Easemob.PowerShell.0.1.0.nupkg.
.EXAMPLE
    $package = ./build.ps1 -Task Package -NoBuild
    Publish-PSResource -NupkgPath $package.Package -Repository PSGallery -ApiKey $apiKey

    Packages what the last build laid out, and publishes the .nupkg to the PowerShell Gallery.
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Demo', 'Shell', 'Package')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    [string] $OutputPath = [System.IO.Path]::Combine($PSScriptRoot, 'out', 'package'),

    [string] $ModulePath = [System.IO.Path]::Combine($PSScriptRoot, 'out', 'Easemob.PowerShell'),

    [switch] $NoBuild
)

$ErrorActionPreference = 'Stop'
$moduleName = 'Easemob.PowerShell'
$solution = [System.IO.Path]::Combine($PSScriptRoot, 'Easemob.PowerShell.sln')

# Package -NoBuild uses only the engine's core cmdlets and .NET, so that it also runs in a hosted
# PowerShell engine (the xunit tests run it there); building and testing need pwsh or powershell.exe.

function Invoke-Dotnet {
    # Out-Host: dotnet's output is shown, never returned as the script's output.
    & dotnet @args | Out-Host
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE." }
}

function Read-ManifestData([string] $Path) {
    # What Import-PowerShellDataFile does: the manifest's hashtable, evaluated safely.
    $errors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseFile($Path, [ref] $null, [ref] $errors)
    if ($errors) { throw "Cannot parse ${Path}: $($errors[0].Message)" }
    $ast.Find({ $args[0] -is [System.Management.Automation.Language.HashtableAst] }, $false).SafeGetValue()
}

function Test-Manifest([string] $Path) {
    # Test-ModuleManifest, with every error it writes or throws turned into one terminating error.
    $problems = [System.Collections.Generic.List[string]]::new()
    try {
        $module = Test-ModuleManifest -Path $Path -ErrorAction SilentlyContinue -ErrorVariable testErrors
        foreach ($testError in $testErrors) {
            if (-not $problems.Contains("$testError")) { $problems.Add("$testError") }
        }
    }
    catch {
        $problems.Add("$_")
    }
    if ($problems.Count -gt 0 -or -not $module) {
        throw "Test-ModuleManifest reports errors in ${Path}:`n  $($problems -join "`n  ")"
    }
    $module
}

function Get-PackageTag($Module) {
    # The tags Publish-Module adds to the manifest's own: PSModule, the editions, and one per cmdlet.
    $tags = [System.Collections.Generic.List[string]]::new()
    foreach ($tag in @($Module.Tags) + 'PSModule' + @($Module.CompatiblePSEditions | ForEach-Object { "PSEdition_$_" })) {
        if ($tag -and -not $tags.Contains($tag)) { $tags.Add($tag) }
    }
    if ($Module.ExportedCmdlets.Count -gt 0) {
        $tags.Add('PSIncludes_Cmdlet')
        foreach ($name in $Module.ExportedCmdlets.Keys) { $tags.Add("PSCmdlet_$name") }
    }
    if ($Module.ExportedFunctions.Count -gt 0) {
        $tags.Add('PSIncludes_Function')
        foreach ($name in $Module.ExportedFunctions.Keys) { $tags.Add("PSFunction_$name") }
    }
    foreach ($name in $Module.ExportedCommands.Keys) { $tags.Add("PSCommand_$name") }
    $tags
}

function Write-ZipEntry($Zip, [string] $Name, [string] $Text) {
    $writer = [System.IO.StreamWriter]::new($Zip.CreateEntry($Name).Open(), [System.Text.UTF8Encoding]::new($false))
    try { $writer.Write($Text) } finally { $writer.Dispose() }
}

function Write-Xml([scriptblock] $Body) {
    # Runs $Body with $xml, an XmlWriter, and returns the document it wrote as text.
    $text = [System.IO.StringWriter]::new()
    $xml = [System.Xml.XmlWriter]::Create($text, [System.Xml.XmlWriterSettings]@{ Indent = $true })
    try {
        & $Body
        $xml.WriteEndDocument()
    }
    finally { $xml.Dispose() }
    # A StringWriter makes the declaration say utf-16; the entry is written in UTF-8.
    $text.ToString() -replace '^<\?xml version="1.0" encoding="utf-16"\?>', '<?xml version="1.0" encoding="utf-8"?>'
}

function New-Nuspec($Module, [string] $Version) {
    $psData = $Module.PrivateData.PSData
    $metadata = [ordered]@{
        id                       = $Module.Name
        version                  = $Version
        authors                  = $Module.Author
        owners                   = $(if ($Module.CompanyName) { $Module.CompanyName } else { $Module.Author })
        description              = $Module.Description
        releaseNotes             = "$($Module.ReleaseNotes)"
        requireLicenseAcceptance = "$([bool] $psData.RequireLicenseAcceptance)".ToLowerInvariant()
        copyright                = $Module.Copyright
        tags                     = (Get-PackageTag $Module) -join ' '
        licenseUrl               = "$($Module.LicenseUri)"
        projectUrl               = "$($Module.ProjectUri)"
        iconUrl                  = "$($Module.IconUri)"
    }
    Write-Xml {
        $xml.WriteStartDocument()
        $xml.WriteStartElement('package', 'http://schemas.microsoft.com/packaging/2011/08/nuspec.xsd')
        $xml.WriteStartElement('metadata')
        foreach ($entry in $metadata.GetEnumerator()) {
            if ($entry.Value) { $xml.WriteElementString($entry.Key, $entry.Value) }
        }
        $xml.WriteEndElement()
        $xml.WriteEndElement()
    }
}

function Write-EmptyElement([string] $Name, [System.Collections.Specialized.OrderedDictionary] $Attributes) {
    # Writes <Name a="…" …/> to $xml, the writer of the calling Write-Xml body.
    $xml.WriteStartElement($Name)
    foreach ($attribute in $Attributes.GetEnumerator()) { $xml.WriteAttributeString($attribute.Key, $attribute.Value) }
    $xml.WriteEndElement()
}

function New-ContentTypes([string[]] $EntryNames) {
    # The Open Packaging Conventions part of a .nupkg: a content type for every file of the package.
    Write-Xml {
        $xml.WriteStartDocument()
        $xml.WriteStartElement('Types', 'http://schemas.openxmlformats.org/package/2006/content-types')
        Write-EmptyElement 'Default' ([ordered]@{ Extension = 'rels'; ContentType = 'application/vnd.openxmlformats-package.relationships+xml' })
        $extensions = [System.Collections.Generic.HashSet[string]]::new([System.StringComparer]::OrdinalIgnoreCase)
        $null = $extensions.Add('rels')
        foreach ($name in $EntryNames) {
            $extension = [System.IO.Path]::GetExtension($name).TrimStart('.')
            if (-not $extension) {
                Write-EmptyElement 'Override' ([ordered]@{ PartName = "/$name"; ContentType = 'application/octet' })
            }
            elseif ($extensions.Add($extension)) {
                Write-EmptyElement 'Default' ([ordered]@{ Extension = $extension; ContentType = 'application/octet' })
            }
        }
        $xml.WriteEndElement()
    }
}

function New-Relationships([string] $NuspecName) {
    Write-Xml {
        $xml.WriteStartDocument()
        $xml.WriteStartElement('Relationships', 'http://schemas.openxmlformats.org/package/2006/relationships')
        Write-EmptyElement 'Relationship' ([ordered]@{ Type = 'http://schemas.microsoft.com/packaging/2010/07/manifest'; Target = "/$NuspecName"; Id = 'Rnuspec' })
        $xml.WriteEndElement()
    }
}

function Get-RelativeFile([string] $Folder) {
    # Every file under $Folder, as a path relative to it with '/' separators (as in a zip).
    $root = [System.IO.Path]::GetFullPath($Folder).TrimEnd('\', '/')
    foreach ($file in [System.IO.Directory]::GetFiles($root, '*', [System.IO.SearchOption]::AllDirectories)) {
        $file.Substring($root.Length + 1).Replace('\', '/')
    }
}

function Test-Within([string] $Path, [string] $Folder) {
    # Whether $Path is $Folder or inside it (both full paths).
    $separator = [System.IO.Path]::DirectorySeparatorChar
    ($Path.TrimEnd($separator) + $separator).StartsWith($Folder.TrimEnd($separator) + $separator, [System.StringComparison]::OrdinalIgnoreCase)
}

function New-ModulePackage([string] $Source, [string] $Destination) {
    $source = [System.IO.Path]::GetFullPath($Source).TrimEnd('\', '/')
    $destination = [System.IO.Path]::GetFullPath($Destination).TrimEnd('\', '/')
    $manifestPath = [System.IO.Path]::Combine($source, "$moduleName.psd1")
    $moduleFolder = [System.IO.Path]::Combine($destination, $moduleName)
    if ((Test-Within $source $moduleFolder) -or (Test-Within $destination $source)) {
        throw "-OutputPath $destination would overwrite or sit inside the module folder being packaged ($source): choose another folder."
    }

    # 1. The module folder: there, built from this manifest, with every file the manifest names.
    if (-not [System.IO.File]::Exists($manifestPath)) {
        throw "No module to package: $manifestPath does not exist. Build it first (./build.ps1, or dotnet build), or drop -NoBuild."
    }
    $data = Read-ManifestData $manifestPath
    $sourceVersion = (Read-ManifestData ([System.IO.Path]::Combine($PSScriptRoot, "$moduleName.psd1"))).ModuleVersion
    if ($data.ModuleVersion -ne $sourceVersion) {
        throw "$manifestPath is version $($data.ModuleVersion) but $moduleName.psd1 says $sourceVersion. Build again (drop -NoBuild)."
    }
    # RequiredAssemblies and NestedModules may also hold names rather than files: only files are checked.
    $named = @($data.RootModule) + @($data.FormatsToProcess) + @($data.TypesToProcess) + @($data.FileList) +
        @(@($data.RequiredAssemblies) + @($data.NestedModules) | Where-Object { $_ -is [string] -and $_ -match '\.(dll|psm1|ps1|psd1)$' }) |
        Where-Object { $_ }
    $absent = @($named | Where-Object { -not [System.IO.File]::Exists([System.IO.Path]::Combine($source, $_)) })
    if ($absent) {
        throw "$manifestPath names files that are not in ${source}: $($absent -join ', '). Build again (drop -NoBuild)."
    }

    # 2. The manifest: valid, with everything the Gallery shows.
    $module = Test-Manifest $manifestPath
    $missing = @(
        if (-not $module.Author) { 'Author' }
        if (-not $module.Description) { 'Description' }
        if (@($module.Tags).Count -eq 0) { 'PrivateData.PSData.Tags' }
        if (-not $module.ProjectUri) { 'PrivateData.PSData.ProjectUri' }
        if (-not $module.LicenseUri) { 'PrivateData.PSData.LicenseUri' }
        if (-not $module.ReleaseNotes) { 'PrivateData.PSData.ReleaseNotes' }
    )
    if ($missing) { throw "$manifestPath lacks what the PowerShell Gallery needs: $($missing -join ', ')." }
    $spaced = @($module.Tags | Where-Object { $_ -match '\s' })
    if ($spaced) { throw "Tags cannot contain spaces (the .nuspec separates tags with spaces): '$($spaced -join "', '")'." }
    $psData = $module.PrivateData.PSData
    if ($psData.RequireLicenseAcceptance -and -not [System.IO.File]::Exists([System.IO.Path]::Combine($source, 'License.txt'))) {
        throw 'PSData.RequireLicenseAcceptance needs a License.txt in the module folder.'
    }
    if ($module.RequiredModules) { throw 'RequiredModules are not written as package dependencies yet: add them to New-Nuspec in build.ps1.' }
    $version = "$($module.Version)"
    if ($psData.Prerelease) { $version += '-' + $psData.Prerelease.TrimStart('-') }

    # 3. The Gallery-ready folder: a copy of the whole module folder, subfolders included.
    $null = [System.IO.Directory]::CreateDirectory($destination)
    if ([System.IO.Directory]::Exists($moduleFolder)) { [System.IO.Directory]::Delete($moduleFolder, $true) }
    $files = @(Get-RelativeFile $source)
    foreach ($file in $files) {
        $target = [System.IO.Path]::Combine($moduleFolder, $file)
        $null = [System.IO.Directory]::CreateDirectory([System.IO.Path]::GetDirectoryName($target))
        [System.IO.File]::Copy([System.IO.Path]::Combine($source, $file), $target)
    }
    $null = Test-Manifest ([System.IO.Path]::Combine($moduleFolder, "$moduleName.psd1"))

    # 4. The .nupkg: a zip of the nuspec, the packaging parts and the module's files at its root.
    if ($PSVersionTable.PSEdition -eq 'Desktop') { Add-Type -AssemblyName System.IO.Compression }
    $nuspecName = "$moduleName.nuspec"
    # Part names are URIs: each path segment escaped, as nuget pack does (and NuGet unescapes on install).
    $entryNames = @($files | ForEach-Object { (($_ -split '/') | ForEach-Object { [System.Uri]::EscapeDataString($_) }) -join '/' })
    $package = [System.IO.Path]::Combine($destination, "$moduleName.$version.nupkg")
    if ([System.IO.File]::Exists($package)) { [System.IO.File]::Delete($package) }
    $stream = [System.IO.File]::Open($package, [System.IO.FileMode]::CreateNew)
    $zip = [System.IO.Compression.ZipArchive]::new($stream, [System.IO.Compression.ZipArchiveMode]::Create)
    try {
        Write-ZipEntry $zip '[Content_Types].xml' (New-ContentTypes ($entryNames + $nuspecName))
        Write-ZipEntry $zip '_rels/.rels' (New-Relationships $nuspecName)
        Write-ZipEntry $zip $nuspecName (New-Nuspec $module $version)
        for ($i = 0; $i -lt $files.Count; $i++) {
            $path = [System.IO.Path]::Combine($moduleFolder, $files[$i])
            $entry = $zip.CreateEntry($entryNames[$i], [System.IO.Compression.CompressionLevel]::Optimal)
            $entry.LastWriteTime = [System.IO.File]::GetLastWriteTime($path)
            $in = [System.IO.File]::OpenRead($path)
            $out = $entry.Open()
            try { $in.CopyTo($out) } finally { $out.Dispose(); $in.Dispose() }
        }
        $zip.Dispose()
        $stream.Dispose()
    }
    catch {
        $zip.Dispose()
        $stream.Dispose()
        [System.IO.File]::Delete($package)
        throw
    }

    [pscustomobject]@{
        Version      = $version
        ModuleFolder = $moduleFolder
        Package      = $package
    }
}

function Invoke-PesterSuite {
    # Runs tests/Pester once with every Pester version .config/Pester.csproj restores from NuGet (the module
    # is the package's tools/ folder), each in a new pwsh: two Pester majors cannot share one process.
    # Writes tests/TestResults/Pester-<version>.xml (NUnit 3) and returns the versions that had failures.
    param([string] $Results)
    $project = [System.IO.Path]::Combine($PSScriptRoot, '.config', 'Pester.csproj')
    Invoke-Dotnet restore $project
    $packages = (& dotnet msbuild $project -getProperty:NuGetPackageRoot).Trim()
    $versions = ([xml][System.IO.File]::ReadAllText($project)).Project.ItemGroup.PackageDownload.Version -split ';' | ForEach-Object { $_.Trim('[] ') }
    # The pwsh running this script: `dotnet pwsh` is dotnet + pwsh.dll.
    $process = [Environment]::ProcessPath
    [string[]] $prefix = if ([System.IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') { @([System.IO.Path]::Combine($PSHOME, 'pwsh.dll')) } else { @() }
    foreach ($version in $versions) {
        Write-Host "`nPester $version" -ForegroundColor Cyan
        $quote = { param([string] $Text) "'" + $Text.Replace("'", "''") + "'" }
        $run = @(
            "Import-Module $(& $quote ([System.IO.Path]::Combine($packages, 'pester', $version, 'tools', 'Pester.psd1'))) -ErrorAction Stop"
            '$config = New-PesterConfiguration'
            "`$config.Run.Path = $(& $quote ([System.IO.Path]::Combine($PSScriptRoot, 'tests', 'Pester')))"
            '$config.Run.Exit = $true'
            "`$config.Output.Verbosity = 'Detailed'"
            '$config.TestResult.Enabled = $true'
            "`$config.TestResult.OutputFormat = 'NUnit3'"
            "`$config.TestResult.OutputPath = $(& $quote ([System.IO.Path]::Combine($Results, "Pester-$version.xml")))"
            'Invoke-Pester -Configuration $config'
        ) -join "`n"
        & $process @prefix -NoProfile -NonInteractive -Command $run | Out-Host
        if ($LASTEXITCODE -ne 0) { $version }
    }
}

# The sample app of Demo and Shell: the module imported, an emulator with users, chatrooms and a mute, connected.
$seedApp = {
    param([string] $ModuleManifest)
    Import-Module $ModuleManifest -Force
    $global:emu = Start-EmEmulator -User alice, bob, carol, dave, erin
    $emu | Connect-EmApp
    $null = New-EmChatroom -Name lobby -Owner alice -Members bob, carol, dave -Description 'Everyone'
    $null = New-EmChatroom -Name games -Owner bob -Members erin -MaxUsers 50
    $null = New-EmChatroom -Name quiet -Owner carol
    Set-EmGlobalMute -Username dave -Chatroom 3600
    Write-Host "Emulator $($emu.AppKey) at $($emu.BaseUri), connected as `$emu; users alice, bob, carol, dave, erin;" -ForegroundColor Green
    Write-Host 'chatrooms lobby, games, quiet; dave muted in chatrooms for an hour.' -ForegroundColor Green
}

function Invoke-Demo([string] $ModuleManifest) {
    function Show([string] $Title, [string] $Command) {
        Write-Host "`n### $Title" -ForegroundColor Cyan
        Write-Host "PS> $Command" -ForegroundColor Yellow
        [scriptblock]::Create($Command).InvokeReturnAsIs() | Out-Host
    }

    $csv = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "easemob-demo-$PID.csv")
    try {
        & $seedApp $ModuleManifest
        Show 'Every chatroom, as typed EmChatroom objects' 'Get-EmChatroom'
        Show 'Details of one' 'Get-EmChatroom -Detailed | Where-Object Name -eq lobby | Format-List Id, Name, Description, Owner, MemberCount, MaxUsers, Created'
        Show 'Members, with their roles' 'Get-EmChatroom | Where-Object Name -eq lobby | Get-EmChatroomMember'
        Show 'Global mutes, one object per user' 'Set-EmGlobalMute -Username erin -Chat 600; Get-EmGlobalMute'
        Show 'Moderation: add a member, mute her in the room for ten minutes' `
            '$games = Get-EmChatroom | Where-Object Name -eq games; $games | Add-EmChatroomMember -Username carol; $games | Add-EmChatroomMute -Username carol -Duration 00:10:00; $games | Get-EmChatroomMute'
        Show 'Users: register from CSV (a plain Password column becomes a SecureString at once), read back' `
            '"Username,Password,Nickname", "frank,Secret-1234,Frank", "gina,Secret-5678," | ConvertFrom-Csv | New-EmUser | Format-Table Username, Nickname, Activated'
        @(
            'Name,Owner,Members,MaxUsers'
            'support,alice,bob,200'
            'sales,erin,,'
            'broken,nobody,,'
        ) | Set-Content -Path $csv
        Show 'A bulk create from CSV: a bad row is a non-terminating error, the others go on' `
            "Get-Content '$csv'; Import-Csv '$csv' | New-EmChatroom -ErrorVariable failed -ErrorAction SilentlyContinue; `$failed | ForEach-Object { `"failed: `$(`$_.TargetObject) (`$(`$_.FullyQualifiedErrorId))`" }"
        Show 'The blank MaxUsers cell of sales was not given: the server default applies' `
            'Get-EmChatroom -Detailed | Where-Object Name -in support, sales | Format-Table Name, Owner, MaxUsers'
        Show '-WhatIf sends no write request' `
            '$before = $emu.Requests.Count; Get-EmChatroom | Remove-EmChatroom -WhatIf; "requests sent by -WhatIf: $($emu.Requests.Count - $before - 1) (the listing was one)"'
        Show 'An API error caught by its type' `
            'try { Get-EmChatroom -Id 1 -ErrorAction Stop } catch [Easemob.PowerShell.Model.EasemobApiException] { "caught: HTTP $($_.Exception.StatusCode) $($_.Exception.ErrorCode), id $($_.FullyQualifiedErrorId), category $($_.CategoryInfo.Category)" }'
        1..2345 | ForEach-Object { $null = $emu.Store.AddChatroom("bulk-$_", 'alice') }
        Show 'Paging never truncates: 2,350 chatrooms in pages of 1,000' `
            '$emu.ClearRequests(); (Get-EmChatroom | Measure-Object).Count; "list requests: $(@($emu.Requests | Where-Object Path -like ''*/chatrooms'').Count)"'
    }
    finally {
        Disconnect-EmApp -ErrorAction SilentlyContinue
        Stop-EmEmulator -ErrorAction SilentlyContinue
        if ([System.IO.File]::Exists($csv)) { [System.IO.File]::Delete($csv) }
    }
    Write-Host "`nDemo done: the emulator is stopped." -ForegroundColor Green
}

if (-not ($NoBuild -and $Task -in 'Package', 'Demo', 'Shell')) {
    Invoke-Dotnet build $solution -c $Configuration
    Write-Host "Module laid out in $(Join-Path $PSScriptRoot 'out/Easemob.PowerShell')"
}

if ($Task -eq 'Test') {
    $results = [System.IO.Path]::Combine($PSScriptRoot, 'tests', 'TestResults')
    if ([System.IO.Directory]::Exists($results)) { [System.IO.Directory]::Delete($results, $true) }

    # Both suites run even when the first fails, so one run reports every failure.
    & dotnet test $solution -c $Configuration --no-build | Out-Host
    $xunitFailed = $LASTEXITCODE -ne 0

    $pesterFailed = @(Invoke-PesterSuite -Results $results)

    $problems = @(
        if ($xunitFailed) { 'dotnet test failed' }
        foreach ($version in $pesterFailed) { "Pester $version reported failures (tests/TestResults/Pester-$version.xml)" }
    )
    if ($problems) { throw "Tests failed: $($problems -join '; ')." }
}

if ($Task -eq 'Demo') {
    Invoke-Demo -ModuleManifest ([System.IO.Path]::Combine($PSScriptRoot, 'out', $moduleName, "$moduleName.psd1"))
}

if ($Task -eq 'Shell') {
    $manifest = [System.IO.Path]::Combine($PSScriptRoot, 'out', $moduleName, "$moduleName.psd1")
    # A child pwsh, so `exit` leaves the shell (and stops its emulator) but not this script.
    $start = "Set-Location '$($PWD.ProviderPath -replace "'", "''")'; & { $seedApp } '$($manifest -replace "'", "''")'; " +
        "Write-Host 'Module Easemob.PowerShell imported from $($manifest -replace "'", "''")' -ForegroundColor Green; " +
        "Write-Host 'Try: Get-EmChatroom | Get-EmChatroomMember; Get-EmGlobalMute; `$emu.Requests | Format-Table. ``exit`` leaves (the emulator stops).' -ForegroundColor Green"
    Push-Location $PSScriptRoot
    try { & dotnet pwsh -NoExit -NoProfile -Command $start }
    finally { Pop-Location }
}

if ($Task -eq 'Package') {
    New-ModulePackage -Source $PSCmdlet.GetUnresolvedProviderPathFromPSPath($ModulePath) `
        -Destination $PSCmdlet.GetUnresolvedProviderPathFromPSPath($OutputPath)
}
