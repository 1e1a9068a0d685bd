package org.crnstudio.lang.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crnstudio.lang.ast.AstPackage;
import org.crnstudio.lang.ast.CrnDef;
import org.crnstudio.lang.ast.DatasetDef;
import org.crnstudio.lang.ast.Declaration;
import org.crnstudio.lang.ast.File;
import org.crnstudio.lang.ast.Layer;
import org.crnstudio.lang.ast.NnDef;
import org.crnstudio.lang.ast.OdeDef;
import org.crnstudio.lang.ast.Reaction;
import org.crnstudio.lang.scoping.Members;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** Names are unique where they are looked up: declarations file-wide, members within their declaration. */
public class NameChecks extends org.eclipse.xtext.validation.AbstractDeclarativeValidator {

	private static final AstPackage AST = AstPackage.eINSTANCE;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into CrnValidator
	}

	@Check
	public void declarationsAreUnique(File file) {
		Set<String> seen = new HashSet<>();
		for (Declaration declaration : file.getDeclarations()) {
			if (declaration.getName() != null && !seen.add(declaration.getName())) {
				duplicate(declaration, AST.getDeclaration_Name(), declaration.getName(), ModelFacts.kind(declaration), "this file");
			}
		}
	}

	@Check
	public void crnMembersAreUnique(CrnDef crn) {
		List<EObject> members = new ArrayList<>();
		members.addAll(Members.parameters(crn));
		members.addAll(Members.species(crn));
		members.addAll(Members.observables(crn));
		unique(members, "crn " + crn.getName());
		Set<String> labels = new HashSet<>();
		for (Reaction reaction : Members.reactions(crn)) {
			if (reaction.getLabel() != null && !labels.add(reaction.getLabel())) {
				duplicate(reaction, AST.getReaction_Label(), reaction.getLabel(), "label", "crn " + crn.getName());
			}
		}
	}

	@Check
	public void nnMembersAreUnique(NnDef nn) {
		List<EObject> members = new ArrayList<>(Members.inputs(nn));
		members.addAll(Members.layers(nn));
		unique(members, "nn " + nn.getName());
	}

	@Check
	public void odeMembersAreUnique(OdeDef ode) {
		List<EObject> members = new ArrayList<>();
		members.addAll(Members.inputs(ode));
		members.addAll(Members.states(ode));
		members.addAll(Members.parameters(ode));
		members.addAll(Members.outputs(ode));
		unique(members, "ode " + ode.getName());
	}

	@Check
	public void columnsAreUnique(DatasetDef data) {
		Set<String> seen = new HashSet<>();
		List<String> all = new ArrayList<>(data.getInputs());
		all.addAll(data.getTargets());
		for (String column : all) {
			if (!seen.add(column)) {
				error("Column " + column + " appears twice in dataset " + data.getName() + "; column names must differ",
						data, AST.getDeclaration_Name(), CrnIssueCodes.DUPLICATE_NAME, column, "column");
			}
		}
	}

	private void unique(List<EObject> members, String where) {
		Set<String> seen = new HashSet<>();
		for (EObject member : members) {
			EAttribute nameFeature = member instanceof Layer ? AST.getLayer_Name() : AST.getSymbol_Name();
			String name = (String) member.eGet(nameFeature);
			if (name != null && !seen.add(name)) {
				duplicate(member, nameFeature, name, member.eClass().getName().replace("Decl", "").replace("Def", "").toLowerCase(), where);
			}
		}
	}

	private void duplicate(EObject object, EAttribute feature, String name, String kind, String where) {
		error(name + " is declared twice in " + where + "; give this " + kind + " another name", object, feature,
				CrnIssueCodes.DUPLICATE_NAME, name, kind);
	}
}
