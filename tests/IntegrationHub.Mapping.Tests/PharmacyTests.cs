using IntegrationHub.Fhir;

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
}
