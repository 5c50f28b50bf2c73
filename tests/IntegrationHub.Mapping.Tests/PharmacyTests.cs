using IntegrationHub.Fhir;
using IntegrationHub.Hl7;

namespace IntegrationHub.Mapping.Tests;

/// <summary>Pharmacy orders, dispenses and administrations, with dm+d codes.</summary>
public sealed class PharmacyTests
{
    [Fact]
    public void AnEncodedOrderMakesOneMedicationRequestPerOrderGroup()
    {
        var bundle = Inputs.MapSample("UK-RDE-O11").Bundle!;
        var requests = bundle.All<MedicationRequest>();

        Assert.Equal(2, requests.Count);
        Assert.Equal(["ORD1001", "ORD1002"], requests.ConvertAll(r => r.Identifier![0].Value!));
        Assert.All(requests, r => Assert.Equal(MedicationRequestIntent.Order, r.Intent));
        Assert.All(requests, r => Assert.Equal(MedicationRequestStatus.Active, r.Status));
        Assert.All(requests, r => Assert.Same(bundle.One<Patient>(), bundle.Resolve<Patient>(r.Subject)));
        Assert.Equal("Take ONE gram FOUR times a day", requests[0].DosageInstruction![0].Text);
        Assert.Equal("PO", requests[1].DosageInstruction![0].Route!.Coding![0].Code);
    }

    [Theory]
    [InlineData("RXX", "I", "inpatient")]
    [InlineData("RXX", "O", "outpatient")]
    [InlineData("RXX", "TTO", "discharge")] // RXX's local To-Take-Out code, from its sender profile
    public void TheOrderTypeBecomesTheCategoryAndASendersLocalCodeCanMarkDischargeMedication(string facility, string orderType, string category)
    {
        var result = Engine.Default.Map(Bundles.Message(OrderWithType(facility, orderType)));

        var coding = Assert.Single(result.Bundle!.One<MedicationRequest>().Category!).Coding![0];
        Assert.Equal(("http://terminology.hl7.org/CodeSystem/medicationrequest-category", category), (coding.System, coding.Code));
        Assert.DoesNotContain(result.Issues, issue => issue.Code == Hl7ErrorCode.TableValueNotFound);
    }

    [Fact]
    public void ALocalOrderTypeWithoutAProfileRowIsKeptAsSentWithAWarning()
    {
        var result = Engine.Default.Map(Bundles.Message(OrderWithType("RYY", "TTO")));

        var coding = Assert.Single(result.Bundle!.One<MedicationRequest>().Category!).Coding![0];
        Assert.Equal(((string?)null, "TTO"), (coding.System, coding.Code));
        Assert.Contains(result.Issues, issue => issue.Code == Hl7ErrorCode.TableValueNotFound && issue.Message.Contains("TTO", StringComparison.Ordinal));
    }

    [Fact]
    public void DmdAndSnomedCodedMedicinesAreWrittenWithTheDmdSystem()
    {
        var requests = Inputs.MapSample("UK-RDE-O11").Bundle!.All<MedicationRequest>();

        var dmd = requests[0].MedicationCodeableConcept!.Coding![0];
        var snomed = requests[1].MedicationCodeableConcept!.Coding![0];
        Assert.Equal((FhirSystems.Dmd, "42109611000001109"), (dmd.System, dmd.Code));
        Assert.Equal((FhirSystems.Dmd, "322236009"), (snomed.System, snomed.Code));
    }

    [Fact]
    public void ADispenseIsCompletedWithQuantityAndHandOverTime()
    {
        var dispense = Inputs.MapSample("UK-RDS-O13").Bundle!.One<MedicationDispense>();

        Assert.Equal(MedicationDispenseStatus.Completed, dispense.Status);
        Assert.Equal("2024-03-12T14:55:00Z", dispense.WhenHandedOver.ToString());
        Assert.Equal("tablet", dispense.Quantity!.Unit);
    }

    [Fact]
    public void AnAdministrationTakesItsStatusFromTheCompletionStatus()
    {
        var text = File.ReadAllText(Path.Combine(Paths.Samples, "UK-RAS-O17.hl7")).Replace("|CP", "|RE", StringComparison.Ordinal);

        var completed = Inputs.MapSample("UK-RAS-O17").Bundle!.One<MedicationAdministration>();
        var refused = Engine.Default.Map(Bundles.Message(text)).Bundle!.One<MedicationAdministration>();

        Assert.Equal(MedicationAdministrationStatus.Completed, completed.Status);
        Assert.Equal(MedicationAdministrationStatus.NotDone, refused.Status);
        Assert.Equal("2024-03-12T18:00:00Z", completed.EffectiveDateTime.ToString());
    }

    [Fact]
    public void AGpMedicationFeedMapsLikeAHospitalOrder()
    {
        var bundle = Inputs.MapSample("UK-OMP-O09-GP").Bundle!;
        var request = bundle.One<MedicationRequest>();

        Assert.Equal("39720311000001101", request.MedicationCodeableConcept!.Coding![0].Code);
        Assert.Equal(FhirSystems.GmpNumber, bundle.Resolve<Practitioner>(request.Requester!).Identifier![0].System);
    }

    private static string OrderWithType(string facility, string orderType) =>
        $"MSH|^~\\&|EPMA|{facility}|HUB|{facility}|20240312140500||RDE^O11^RDE_O11|9|P|2.5.1\r" +
        "PID|1||9434765919^^^NHS^NH\r" +
        $"ORC|NW|ORD1001^EPMA|||||||20240312140000||||||||||||||||||||{orderType}\r" +
        "RXE|^^^20240312140000|42109611000001109^Paracetamol 500mg tablets^DMD|1000||mg\r";
}
