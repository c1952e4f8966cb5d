using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Participation;
using Quorum.Domain.Reports;

namespace Quorum.Data.Configurations.Participation;

internal sealed class PetitionConfiguration : IEntityTypeConfiguration<Petition>
{
    public void Configure(EntityTypeBuilder<Petition> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(PetitionRules.MaxTitleLength);
        builder.Property(p => p.Asks).HasMaxLength(PetitionRules.MaxAsksLength);
        builder.Property(p => p.StartedBy).HasMaxLength(QuestionRules.MaxNameLength);
        builder.Property(p => p.Email).HasMaxLength(QuestionRules.MaxEmailLength);
        builder.Property(p => p.RejectedBecause).HasMaxLength(500);
        builder.Property(p => p.DecidedBy).HasMaxLength(256);
        builder.Property(p => p.Response).HasMaxLength(4000);
        builder.HasOne<Council>().WithMany().HasForeignKey(p => p.CouncilId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.CouncilId, p.Number }).IsUnique();
        // A record removed takes its link with it; the response stands.
        builder.HasOne<AgendaItem>().WithMany().HasForeignKey(p => p.AnsweredByItemId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Report>().WithMany().HasForeignKey(p => p.AnsweredByReportId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<ExecutiveDecision>().WithMany().HasForeignKey(p => p.AnsweredByDecisionId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class PetitionSignatureConfiguration : IEntityTypeConfiguration<PetitionSignature>
{
    public void Configure(EntityTypeBuilder<PetitionSignature> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(QuestionRules.MaxNameLength);
        builder.Property(s => s.Email).HasMaxLength(QuestionRules.MaxEmailLength);
        builder.Property(s => s.EmailKey).HasMaxLength(QuestionRules.MaxEmailLength);
        builder.Property(s => s.Token).HasMaxLength(64);
        builder.HasOne<Petition>().WithMany().HasForeignKey(s => s.PetitionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.Token).IsUnique();
        // One signature per person (known by their address) per petition, even for two forms sent at once.
        builder.HasIndex(s => new { s.PetitionId, s.EmailKey }).IsUnique();
    }
}
